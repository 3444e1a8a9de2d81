import { LIAISON_DUTIES, type LiaisonDuty, type RegisterLiaisonRequest, type TrainingRequest, type UpdateLiaisonRequest } from '@lingjuli/shared';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsNumber,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsDateTimeWithOffset } from '../../common/validation/dates';
import { IsId } from '../../common/validation/ids';
import { IsOptionalNotNull } from '../../common/validation/presence';
import { queryInteger, trim } from '../../common/validation/transforms';

/** One or more duties of the four (政策宣传员, 民情观察员, 矛盾调解员, 居民联系员), each once. */
function Duties(): PropertyDecorator {
  return (target, key) => {
    IsArray()(target, key);
    ArrayMinSize(1)(target, key);
    ArrayMaxSize(LIAISON_DUTIES.length)(target, key);
    ArrayUnique()(target, key);
    IsIn(LIAISON_DUTIES, { each: true })(target, key);
  };
}

export class ListLiaisonsQuery {
  /** Narrows the caller's scope to one community; never widens it. */
  @IsOptionalNotNull()
  @Transform(queryInteger)
  @IsId()
  communityId?: number;
}

export class RegisterLiaisonDto implements RegisterLiaisonRequest {
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  name: string;

  /** Mobile number; stored encrypted. */
  @IsOptionalNotNull()
  @IsString()
  @Matches(/^1\d{10}$/)
  phone?: string;

  @Duties()
  duties: LiaisonDuty[];

  /** For the development login in the browser; unique across all accounts. */
  @IsOptionalNotNull()
  @IsString()
  @Matches(/^[a-z0-9._-]{3,50}$/)
  username?: string;
}

export class UpdateLiaisonDto implements UpdateLiaisonRequest {
  @IsOptionalNotNull()
  @Duties()
  duties?: LiaisonDuty[];

  /** false takes her off the registry and closes her account; true restores both. */
  @IsOptionalNotNull()
  @IsBoolean()
  active?: boolean;
}

export class TrainingDto implements TrainingRequest {
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  title: string;

  @IsDateTimeWithOffset()
  date: string;

  /** 0.5–24, to the half hour (checked by the service). */
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.5)
  @Max(24)
  hours: number;
}
