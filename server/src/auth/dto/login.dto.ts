import { ROLES, type DevLoginRequest, type PasswordLoginRequest, type Role, type WechatLoginRequest } from '@lingjuli/shared';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsId } from '../../common/validation/ids';
import { IsOptionalNotNull } from '../../common/validation/presence';

export class WechatLoginDto implements WechatLoginRequest {
  /** The code from `wx.login`. */
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  code: string;
}

export class PasswordLoginDto implements PasswordLoginRequest {
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  username: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  password: string;
}

export class DevLoginDto implements DevLoginRequest {
  @IsIn(ROLES)
  role: Role;

  /** Log in as this existing user (staff and liaisons in the sample data). */
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(50)
  username?: string;

  /** For a resident: her display name; the same name logs in as the same resident. */
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(50)
  name?: string;

  @IsOptionalNotNull()
  @IsId()
  communityId?: number;
}
