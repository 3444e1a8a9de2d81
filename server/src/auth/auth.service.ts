import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { LoginResponse } from '@lingjuli/shared';
import { Repository } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { AppError, badRequest, notFound, unauthorized } from '../common/errors/app-error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { User } from '../users/user.entity';
import { toCurrentUser } from '../users/user.mapper';
import { WechatApiError, WechatClient } from '../wechat/wechat.client';
import type { DevLoginDto } from './dto/login.dto';
import { verifyPassword } from './password-hasher';
import { TokenService } from './token.service';

/** WeChat answers that mean the code itself is bad (expired, used, from another app). */
const BAD_CODE_ERRCODES = new Set([40029, 40163, 40226]);

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly tokens: TokenService,
    private readonly wechat: WechatClient,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Residents (and liaisons) log in with a `wx.login` code; first login creates the resident. */
  async loginWithWechat(code: string): Promise<LoginResponse> {
    let openId: string;
    try {
      ({ openId } = await this.wechat.code2Session(code));
    } catch (error) {
      if (error instanceof WechatApiError && BAD_CODE_ERRCODES.has(error.errcode)) {
        throw unauthorized('WECHAT_CODE_INVALID', '微信登录已失效，请重新进入小程序');
      }
      this.logger.warn(`WeChat login failed: ${(error as Error).message}`);
      throw new AppError(HttpStatus.BAD_GATEWAY, 'WECHAT_UNAVAILABLE', '暂时无法连接微信，请稍后再试');
    }
    const user = await this.findOrCreateResident(openId, '微信用户');
    if (!user.active) throw unauthorized('ACCOUNT_CLOSED', '该账号已注销');
    return this.respond(user);
  }

  async loginWithPassword(username: string, password: string): Promise<LoginResponse> {
    const user = await this.users.findOneBy({ username, active: true });
    // Same answer for a wrong name and a wrong password, so names cannot be probed.
    if (!user?.passwordHash || !(await verifyPassword(password, user.passwordHash))) {
      throw unauthorized('INVALID_CREDENTIALS', '用户名或密码不正确');
    }
    return this.respond(user);
  }

  /** Development only (see AppConfig.devLoginEnabled): lets the H5 build be used without WeChat. */
  async devLogin(input: DevLoginDto): Promise<LoginResponse> {
    if (!this.config.devLoginEnabled) throw notFound('NOT_FOUND', '找不到请求的内容');
    if (input.username) {
      const user = await this.users.findOneBy({ username: input.username, active: true });
      if (!user || user.role !== input.role) throw unauthorized('INVALID_CREDENTIALS', '没有这个开发账号');
      return this.respond(user);
    }
    if (input.role !== 'resident') throw badRequest('VALIDATION_FAILED', '开发登录：工作人员请填写用户名', [{ field: 'username', message: '用户名必须填写' }]);
    const name = input.name?.trim() || '体验居民';
    return this.respond(await this.findOrCreateResident(`dev:${name}`, name, input.communityId ?? null));
  }

  private async findOrCreateResident(openId: string, displayName: string, communityId: number | null = null): Promise<User> {
    const existing = await this.users.findOneBy({ wechatOpenId: openId });
    if (existing) return existing;
    try {
      return await this.users.save(
        this.users.create({ role: 'resident', displayName, wechatOpenId: openId, communityId, createdAt: this.clock.now() }),
      );
    } catch (error) {
      // Two first logins at once: the unique openid lets one insert win; use its row.
      const winner = await this.users.findOneBy({ wechatOpenId: openId });
      if (winner) return winner;
      throw error;
    }
  }

  private respond(user: User): LoginResponse {
    const { token, expiresAt } = this.tokens.issue(user.id, user.role);
    return { token, expiresAt: expiresAt.toISOString(), user: toCurrentUser(user) };
  }
}
