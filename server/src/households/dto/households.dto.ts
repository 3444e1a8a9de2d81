import type { ResidentHouseholdQuery, StateHouseholdRequest } from '@lingjuli/shared';
import { Transform } from 'class-transformer';
import { IsBoolean, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsId } from '../../common/validation/ids';
import { IsOptionalNotNull } from '../../common/validation/presence';
import { queryBoolean, queryInteger, trim } from '../../common/validation/transforms';

export class StateHouseholdDto implements StateHouseholdRequest {
  @IsId()
  buildingId: number;

  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  unit: string;

  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  room: string;
}

export class ResidentHouseholdQueryDto implements ResidentHouseholdQuery {
  @IsOptionalNotNull()
  @Transform(queryInteger)
  @IsId()
  communityId?: number;

  @IsOptionalNotNull()
  @Transform(queryInteger)
  @IsId()
  buildingId?: number;

  @IsOptionalNotNull()
  @Transform(queryBoolean)
  @IsBoolean()
  verified?: boolean;
}
