import { CATEGORIES, CHANNELS, WORK_ORDER_NO_PATTERN, type Category, type Channel, type CreateAppealRequest } from '@lingjuli/shared';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsNotEmpty, IsNumber, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsDateTimeWithOffset } from '../../common/validation/dates';
import { IsId } from '../../common/validation/ids';
import { IsOptionalNotNull } from '../../common/validation/presence';
import { trim } from '../../common/validation/transforms';

/** Mobile or landline, digits with an optional area-code dash. */
export const PHONE_PATTERN = /^(1\d{10}|0\d{2,3}-?\d{7,8}|\d{7,8})$/;

export class CreateAppealDto implements CreateAppealRequest {
  @IsIn(CHANNELS)
  channel: Channel;

  /** What happened, in the resident's words. */
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  content: string;

  @IsOptionalNotNull()
  @IsIn(CATEGORIES)
  category?: Category;

  @IsId()
  communityId: number;

  @IsOptionalNotNull()
  @IsId()
  buildingId?: number;

  @IsOptionalNotNull()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  locationText?: string;

  /** A JSON number (IsLatitude would also take the text "39.9" and store it as text). */
  @ApiPropertyOptional({ type: 'number', format: 'double' })
  @IsOptionalNotNull()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  latitude?: number;

  @ApiPropertyOptional({ type: 'number', format: 'double' })
  @IsOptionalNotNull()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  longitude?: number;

  @IsOptionalNotNull()
  @IsString()
  @Matches(PHONE_PATTERN)
  contactPhone?: string;

  @IsOptionalNotNull()
  @Transform(trim)
  @IsString()
  @MaxLength(50)
  contactName?: string;

  /** Ids from POST /api/uploads, at most 9 photos. */
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(9)
  @ArrayUnique()
  @IsId({ each: true })
  attachmentIds?: number[];

  @IsOptionalNotNull()
  @IsBoolean()
  proactive?: boolean;

  /** Only with channel city12345 (the service checks). */
  @IsOptionalNotNull()
  @Transform(trim)
  @IsString()
  @Matches(WORK_ORDER_NO_PATTERN)
  workOrderNo?: string;

  @IsOptionalNotNull()
  @IsDateTimeWithOffset()
  cityDispatchedAt?: string;

  @IsOptionalNotNull()
  @IsDateTimeWithOffset()
  cityDueAt?: string;
}
