import {
  SATISFACTIONS,
  TIERS,
  WHISTLE_REPORT_IN_MINUTES,
  WHISTLE_STATUSES,
  type CloseWhistleRequest,
  type CompleteWhistleRequest,
  type CreateWhistleRequest,
  type ReportInRequest,
  type Satisfaction,
  type Tier,
  type WhistleListQuery,
  type WhistleProgressRequest,
  type WhistleStatus,
} from '@lingjuli/shared';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsObject, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsId } from '../../common/validation/ids';
import { IsOptionalNotNull } from '../../common/validation/presence';
import { RequiredText } from '../../common/validation/text';
import { queryInteger } from '../../common/validation/transforms';

function OptionalText(max = 2000): PropertyDecorator {
  return (target, key) => {
    IsOptionalNotNull()(target, key);
    RequiredText(max)(target, key);
  };
}

export class CreateWhistleDto implements CreateWhistleRequest {
  @IsOptionalNotNull()
  @IsId()
  appealId?: number;

  @RequiredText(100)
  subject: string;

  @RequiredText(2000)
  description: string;

  @IsOptionalNotNull()
  @IsIn(TIERS)
  tier?: Tier;

  /** The departments or member units whistled; each reports in on its own. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsId({ each: true })
  departmentIds: number[];

  @IsOptionalNotNull()
  @IsInt()
  @Min(WHISTLE_REPORT_IN_MINUTES.min)
  @Max(WHISTLE_REPORT_IN_MINUTES.max)
  reportInMinutes?: number;
}

export class ListWhistlesQuery implements WhistleListQuery {
  @IsOptionalNotNull()
  @IsIn(WHISTLE_STATUSES)
  status?: WhistleStatus;

  @IsOptionalNotNull()
  @Transform(queryInteger)
  @IsId()
  appealId?: number;

  /** The `Next-Cursor` header of the page before (opaque; checked when read). */
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}

export class ReportInDto implements ReportInRequest {
  @OptionalText()
  note?: string;
}

export class WhistleProgressDto implements WhistleProgressRequest {
  @RequiredText(2000)
  content: string;
}

export class CompleteWhistleDto implements CompleteWhistleRequest {
  @RequiredText(2000)
  note: string;
}

export class WhistleRatingDto {
  @IsId()
  departmentId: number;

  @IsIn(SATISFACTIONS)
  rating: Satisfaction;

  @OptionalText(500)
  comment?: string;
}

export class CloseWhistleDto implements CloseWhistleRequest {
  /** One rating per whistled department, no more, no fewer (checked against the whistle by the service). */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => WhistleRatingDto)
  ratings: WhistleRatingDto[];
}
