import type { WechatBindingRequest } from '@lingjuli/shared';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class WechatBindingDto implements WechatBindingRequest {
  /** The code from `wx.login`. */
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  code: string;
}
