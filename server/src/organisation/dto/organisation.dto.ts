import { DEPARTMENT_KINDS, type DepartmentKind } from '@lingjuli/shared';
import { IsIn, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { IsId } from '../../common/validation/ids';
import { IsOptionalNotNull } from '../../common/validation/presence';

const CODE = /^[A-Za-z0-9-]{1,24}$/;

export class CreateCommunityDto {
  /** Short code used in QR scenes, letters, digits and dashes. */
  @IsString()
  @Matches(CODE)
  @MaxLength(16)
  code: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  name: string;

  @IsOptionalNotNull()
  @IsId()
  gridId?: number;
}

export class CreateBuildingDto {
  @IsString()
  @Matches(CODE)
  code: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  name: string;

  @IsId()
  communityId: number;
}

export class CreateDepartmentDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  name: string;

  @IsIn(DEPARTMENT_KINDS)
  kind: DepartmentKind;
}
