import type { StaffContact, UpdateWarmHeartCardRequest } from '@lingjuli/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';

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
  @IsOptional()
  @IsString()
  @MaxLength(200)
  windowAddress?: string;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  windowHours?: string;

  @IsOptional()
  @IsString()
  @Matches(PHONE)
  hotline?: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => StaffContactDto)
  staff?: StaffContactDto[];
}
