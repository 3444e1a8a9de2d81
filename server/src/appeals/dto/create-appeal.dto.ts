import { CATEGORIES, CHANNELS, type Category, type Channel, type CreateAppealRequest } from '@lingjuli/shared';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsNotEmpty,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
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

  @IsInt()
  communityId: number;

  @IsOptionalNotNull()
  @IsInt()
  buildingId?: number;

  @IsOptionalNotNull()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  locationText?: string;

  @IsOptionalNotNull()
  @IsLatitude()
  latitude?: number;

  @IsOptionalNotNull()
  @IsLongitude()
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
  @IsInt({ each: true })
  attachmentIds?: number[];

  @IsOptionalNotNull()
  @IsBoolean()
  proactive?: boolean;
}
