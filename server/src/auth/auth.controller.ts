import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CurrentUser, DevLoginStatus, LoginResponse } from '@lingjuli/shared';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { RateLimited } from '../rate-limit/rate-limits';
import { Authenticated, Public } from './access.decorators';
import { AuthService } from './auth.service';
import { DevLoginDto, PasswordLoginDto, WechatLoginDto } from './dto/login.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  /** Residents and liaisons: exchange a `wx.login` code for a session token. */
  @Public()
  @RateLimited('loginPerAddress')
  @Post('wechat')
  @HttpCode(200)
  wechat(@Body() body: WechatLoginDto): Promise<LoginResponse> {
    return this.auth.loginWithWechat(body.code);
  }

  /** Staff: username and password. Throttled per address and per username; wrong passwords back off, then lock the account. */
  @Public()
  @RateLimited('loginPerAddress', 'loginPerUsername')
  @Post('password')
  @HttpCode(200)
  password(@Body() body: PasswordLoginDto): Promise<LoginResponse> {
    return this.auth.loginWithPassword(body.username, body.password);
  }

  /** Whether the dev login is on: the login page asks this instead of probing the login itself. */
  @Public()
  @Get('dev')
  devStatus(): DevLoginStatus {
    return { enabled: this.auth.devLoginEnabled };
  }

  /** Development only (DEV_LOGIN, no WeChat credentials): a named resident, or a sample liaison by username. 404 otherwise. */
  @Public()
  @RateLimited('loginPerAddress')
  @Post('dev')
  @HttpCode(200)
  dev(@Body() body: DevLoginDto): Promise<LoginResponse> {
    return this.auth.devLogin(body);
  }

  @ApiBearerAuth()
  @Authenticated()
  @Get('me')
  me(@Ctx() ctx: RequestContext): CurrentUser {
    return { ...ctx.actor };
  }
}
