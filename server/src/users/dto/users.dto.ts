import { ROLES, type Role } from '@lingjuli/shared';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsNotEmpty, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { IsId } from '../../common/validation/ids';
import { IsOptionalNotNull } from '../../common/validation/presence';
import { queryBoolean, queryInteger } from '../../common/validation/transforms';

/** Roles the street admin creates accounts for; residents come through WeChat. */
export const MANAGED_ROLES = ROLES.filter((r) => r !== 'resident');

export class CreateUserDto {
  @IsIn(MANAGED_ROLES)
  role: Role;

  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  displayName: string;

  @IsOptionalNotNull()
  @IsString()
  @MaxLength(50)
  title?: string;

  @IsString()
  @Matches(/^[a-z0-9._-]{3,50}$/)
  username: string;

  @IsString()
  @MinLength(8)
  @MaxLength(200)
  password: string;

  @IsOptionalNotNull()
  @Matches(/^1\d{10}$/)
  phone?: string;

  @IsOptionalNotNull()
  @IsId()
  communityId?: number;

  @IsOptionalNotNull()
  @IsId()
  gridId?: number;

  @IsOptionalNotNull()
  @IsId()
  departmentId?: number;
}

export class ListUsersQuery {
  @IsOptionalNotNull()
  @IsIn(MANAGED_ROLES)
  role?: Role;

  @IsOptionalNotNull()
  @Transform(queryInteger)
  @IsId()
  communityId?: number;

  /** Only accounts locked after wrong passwords (true), or only those not locked (false). */
  @IsOptionalNotNull()
  @Transform(queryBoolean)
  @IsBoolean()
  locked?: boolean;
}
