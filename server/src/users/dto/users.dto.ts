import { ROLES, type Role } from '@lingjuli/shared';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

/** Roles the street admin creates accounts for; residents come through WeChat. */
export const MANAGED_ROLES = ROLES.filter((r) => r !== 'resident');

export class CreateUserDto {
  @IsIn(MANAGED_ROLES)
  role: Role;

  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  displayName: string;

  @IsOptional()
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

  @IsOptional()
  @Matches(/^1\d{10}$/)
  phone?: string;

  @IsOptional()
  @IsInt()
  communityId?: number;

  @IsOptional()
  @IsInt()
  gridId?: number;

  @IsOptional()
  @IsInt()
  departmentId?: number;
}

export class ListUsersQuery {
  @IsOptional()
  @IsIn(MANAGED_ROLES)
  role?: Role;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  communityId?: number;
}
