import type { StaffContact, UpdateWarmHeartCardRequest } from '@lingjuli/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsObject, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { IsOptionalNotNull } from '../../common/validation/presence';

const PHONE = /^[0-9+\-() ]{3,20}$/;

export class StaffContactDto implements StaffContact {
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  name: string;

  @IsString()
  @MaxLength(30)
  title: string;

  @IsString()
  @Matches(PHONE)
  phone: string;
}

export class UpdateWarmHeartCardDto implements UpdateWarmHeartCardRequest {
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(200)
  windowAddress?: string;

  @IsOptionalNotNull()
  @IsString()
  @MaxLength(100)
  windowHours?: string;

  @IsOptionalNotNull()
  @IsString()
  @Matches(PHONE)
  hotline?: string;

  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => StaffContactDto)
  staff?: StaffContactDto[];
}
