import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { WechatBinding } from '@lingjuli/shared';
import { DataSource } from 'typeorm';
import { badRequest } from '../common/errors/app-error';
import type { RequestContext } from '../common/context/request-context';
import { User } from '../users/user.entity';
import { WechatClient } from './wechat.client';
import { openIdOfCode } from './wechat-login';

/**
 * Staff sign in by password and so have no openid: the WeChat they link from the mini-program is where
 * their subscription messages go (`users.noticeOpenId`, docs/architecture.md, "WeChat").
 */
@Injectable()
export class WechatBindingService {
  private readonly logger = new Logger(WechatBindingService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly wechat: WechatClient,
  ) {}

  async binding(ctx: RequestContext): Promise<WechatBinding> {
    const user = await this.dataSource.manager.findOne(User, { select: { id: true, noticeOpenId: true }, where: { id: ctx.userId } });
    return { bound: Boolean(user?.noticeOpenId) };
  }

  /**
   * Links the WeChat the code came from, replacing any other: the consents she gives are that WeChat's,
   * so the mini-program links again at each ask. A bad code is 400, not the login's 401, which would end her session.
   */
  async bind(ctx: RequestContext, code: string): Promise<void> {
    const openId = await openIdOfCode(this.wechat, code, () => badRequest('WECHAT_CODE_INVALID', '微信授权已失效，请重试'), this.logger);
    await this.dataSource.manager.update(User, { id: ctx.userId }, { noticeOpenId: openId });
  }

  async unbind(ctx: RequestContext): Promise<void> {
    await this.dataSource.manager.update(User, { id: ctx.userId }, { noticeOpenId: null });
  }
}
