import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { LoginResponse, Role } from '@lingjuli/shared';
import { Repository } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { AppError, invalidField, notFound, unauthorized } from '../common/errors/app-error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { User } from '../users/user.entity';
import { toCurrentUser } from '../users/user.mapper';
import { WechatClient } from '../wechat/wechat.client';
import { openIdOfCode } from '../wechat/wechat-login';
import { UnitOfWork } from '../database/unit-of-work';
import type { DevLoginDto } from './dto/login.dto';
import { LoginAttempts } from './login-attempts.service';
import { PasswordHasher } from './password-hasher';
import { TokenService } from './token.service';

/** The people the dev login stands in WeChat for. Staff always log in with their password. */
const DEV_LOGIN_ROLES: readonly Role[] = ['resident', 'liaison'];

const accountLocked = () => unauthorized('ACCOUNT_LOCKED', '密码错误次数过多，账号已锁定，请联系社区书记或街道管理员解锁');

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly tokens: TokenService,
    private readonly hasher: PasswordHasher,
    private readonly attempts: LoginAttempts,
    private readonly uow: UnitOfWork,
    private readonly wechat: WechatClient,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Residents (and liaisons) log in with a `wx.login` code; first login creates the resident. */
  async loginWithWechat(code: string): Promise<LoginResponse> {
    const openId = await openIdOfCode(this.wechat, code, () => unauthorized('WECHAT_CODE_INVALID', '微信登录已失效，请重新进入小程序'), this.logger);
    const user = await this.findOrCreateResident(openId, '微信用户');
    if (!user.active) throw unauthorized('ACCOUNT_CLOSED', '该账号已注销');
    return this.respond(user);
  }

  /**
   * Staff log in with a password. A wrong name and a wrong password get the same answer in the same
   * time (an unknown name is checked against a dummy hash), so names cannot be probed; wrong passwords
   * for a real account back off and then lock it (LoginAttempts).
   */
  async loginWithPassword(username: string, password: string): Promise<LoginResponse> {
    const found = await this.users.findOneBy({ username });
    const account = found?.active && found.passwordHash ? found : null;
    if (account?.lockedAt) throw accountLocked();
    const now = this.clock.now();
    if (account?.loginRetryAt && account.loginRetryAt > now) {
      const wait = Math.ceil((account.loginRetryAt.getTime() - now.getTime()) / 1000);
      throw new AppError(HttpStatus.TOO_MANY_REQUESTS, 'LOGIN_RETRY_LATER', `密码错误次数较多，请${wait}秒后再试`, undefined, wait);
    }
    const matches = await this.hasher.verify(password, account?.passwordHash ?? null);
    if (!account || !matches) {
      if (account && (await this.attempts.failed(account.id))) throw accountLocked();
      throw unauthorized('INVALID_CREDENTIALS', '用户名或密码不正确');
    }
    if (account.failedLogins > 0) await this.uow.run((em) => this.attempts.clear(em, account.id));
    return this.respond(account);
  }

  get devLoginEnabled(): boolean {
    return this.config.devLoginEnabled;
  }

  /**
   * Development only (see AppConfig.devLoginEnabled): lets the H5 build be used without WeChat, by
   * residents and liaisons — the people who would log in through WeChat. Never staff.
   */
  async devLogin(input: DevLoginDto): Promise<LoginResponse> {
    if (!this.config.devLoginEnabled) throw notFound('NOT_FOUND', '找不到请求的内容');
    if (!DEV_LOGIN_ROLES.includes(input.role)) throw invalidField('role', '工作人员请使用用户名和密码登录');
    if (input.username) {
      const user = await this.users.findOneBy({ username: input.username, active: true });
      if (!user || user.role !== input.role) throw unauthorized('INVALID_CREDENTIALS', '没有这个开发账号');
      return this.respond(user);
    }
    if (input.role !== 'resident') throw invalidField('username', '开发登录：民情专员请填写用户名');
    const name = input.name?.trim() || '体验居民';
    return this.respond(await this.findOrCreateResident(`dev:${name}`, name, input.communityId ?? null));
  }

  private async findOrCreateResident(openId: string, displayName: string, communityId: number | null = null): Promise<User> {
    const existing = await this.users.findOneBy({ wechatOpenId: openId });
    if (existing) return existing;
    try {
      return await this.users.save(this.users.create({ role: 'resident', displayName, wechatOpenId: openId, communityId, createdAt: this.clock.now() }));
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
