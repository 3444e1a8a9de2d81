import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

export interface WechatSession {
  openId: string;
  unionId: string | null;
}

/** An error answer from WeChat's API (`errcode` ≠ 0), or a failure to reach it. */
export class WechatApiError extends Error {
  constructor(
    readonly errcode: number,
    readonly errmsg: string,
  ) {
    super(`WeChat API error ${errcode}: ${errmsg}`);
    this.name = 'WechatApiError';
  }
}

interface WechatReply {
  errcode?: number;
  errmsg?: string;
}

/**
 * The one client for WeChat's server API. Its base URL is configurable (WECHAT_API_BASE_URL),
 * so tests point it at a fake WeChat server on loopback.
 */
@Injectable()
export class WechatClient {
  private readonly logger = new Logger(WechatClient.name);

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get configured(): boolean {
    return Boolean(this.config.wechat.appId && this.config.wechat.appSecret);
  }

  /** Exchanges a `wx.login` code for the user's openid (auth.code2Session). */
  async code2Session(code: string): Promise<WechatSession> {
    const { appId, appSecret } = this.requireCredentials();
    const reply = await this.get<WechatReply & { openid?: string; unionid?: string }>('/sns/jscode2session', {
      appid: appId,
      secret: appSecret,
      js_code: code,
      grant_type: 'authorization_code',
    });
    if (!reply.openid) throw new WechatApiError(-1, 'code2session answered without an openid');
    return { openId: reply.openid, unionId: reply.unionid ?? null };
  }

  private requireCredentials(): { appId: string; appSecret: string } {
    const { appId, appSecret } = this.config.wechat;
    if (!appId || !appSecret) throw new WechatApiError(-1, 'WECHAT_APP_ID and WECHAT_APP_SECRET are not configured');
    return { appId, appSecret };
  }

  private async get<T extends WechatReply>(path: string, query: Record<string, string>): Promise<T> {
    const url = new URL(path, this.config.wechat.apiBaseUrl);
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
    let response: Response;
    try {
      response = await fetch(url, { signal: AbortSignal.timeout(5000) });
    } catch (error) {
      this.logger.warn(`WeChat ${path} unreachable: ${(error as Error).message}`);
      throw new WechatApiError(-1, 'WeChat API unreachable');
    }
    if (!response.ok) throw new WechatApiError(-1, `HTTP ${response.status}`);
    const body = (await response.json()) as T;
    if (body.errcode) throw new WechatApiError(body.errcode, body.errmsg ?? '');
    return body;
  }
}
