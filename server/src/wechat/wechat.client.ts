import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ContentVerdict } from '@lingjuli/shared';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { detectImageType } from '../uploads/image-type';
import type { MiniprogramState } from './subscribe-config';
import { WechatTokenStore, type StoredToken } from './wechat-token.store';

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

/** subscribeMessage.send's body: to whom (openid), which template, the page it opens, the filled fields. */
export interface SubscribeMessage {
  touser: string;
  template_id: string;
  page: string;
  data: Record<string, { value: string }>;
  miniprogram_state: MiniprogramState;
}

/** WeChat's overall verdict on a text or photo. */
export interface ContentCheckReply {
  suggest: ContentVerdict;
  label: number;
}

/** A mini-program code image as WeChat returned it (PNG from the fake; WeChat itself may answer JPEG). */
export interface WechatCodeImage {
  bytes: Buffer;
  mimeType: string;
}

/** Refresh the access token this long before WeChat says it expires. */
const TOKEN_MARGIN_MS = 60_000;
/** errcodes meaning the access token is no longer good: fetch a fresh one and try once more. */
const STALE_TOKEN_ERRCODES = new Set([40001, 40014, 42001]);

/**
 * The one client for WeChat's server API. Its base URL is configurable (WECHAT_API_BASE_URL),
 * so tests point it at a fake WeChat server on loopback.
 */
@Injectable()
export class WechatClient {
  private readonly logger = new Logger(WechatClient.name);

  /** This process's copy of the shared token (WechatTokenStore), until a minute before it expires. */
  private token: { value: string; refreshAt: number } | null = null;
  private pendingToken: Promise<string> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: WechatTokenStore,
  ) {}

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

  /**
   * The stable access token (`/cgi-bin/stable_token`), shared by every server process through the
   * database and kept here until a minute before it expires. Concurrent callers share one request.
   * Never force-refreshed: that would void the token every other process holds; the ordinary mode
   * hands out whichever token is current.
   */
  async accessToken(): Promise<string> {
    if (this.token && Date.now() < this.token.refreshAt) return this.token.value;
    const { appId } = this.requireCredentials();
    this.pendingToken ??= this.tokens
      .get(appId, () => this.fetchToken(), TOKEN_MARGIN_MS)
      .then(({ token, expiresAt }) => {
        this.token = { value: token, refreshAt: expiresAt.getTime() - TOKEN_MARGIN_MS };
        return token;
      })
      .finally(() => (this.pendingToken = null));
    return this.pendingToken;
  }

  /** WeChat refused the token it was given: forget it here and in the database (unless replaced meanwhile). */
  private async dropToken(token: string): Promise<void> {
    this.token = null;
    await this.tokens.forget(this.requireCredentials().appId, token);
  }

  /**
   * A mini-program code for `page` carrying `scene` (wxacode.getUnlimited: unlimited in number,
   * permanent). WeChat answers the image, or JSON with an errcode.
   */
  async getUnlimitedCode(scene: string, page: string): Promise<WechatCodeImage> {
    const body = { scene, page, check_path: false, env_version: 'release', width: 430 };
    return this.withToken((token) => this.requestCode(token, body));
  }

  /**
   * A subscription message (subscribeMessage.send) to someone who agreed to receive it. WeChat's refusal
   * comes back as a WechatApiError with its errcode (43101: no consent left; 40037, 41030, 47003: the
   * template, page or data is wrong).
   */
  async sendSubscribeMessage(message: SubscribeMessage): Promise<void> {
    await this.withToken(async (token) => readJson(await this.post('/cgi-bin/message/subscribe/send', { access_token: token }, { lang: 'zh_CN', ...message })));
  }

  /**
   * msgSecCheck v2: WeChat's verdict on words written by `openid` (who used the mini-program within
   * two hours); `scene` 1 profile, 2 comment, 3 forum, 4 social log.
   */
  async msgSecCheck(input: { openid: string; scene: number; content: string }): Promise<ContentCheckReply> {
    return this.withToken(async (token) => {
      const reply = await readJson<WechatReply & { result?: ContentCheckReply }>(
        await this.post('/wxa/msg_sec_check', { access_token: token }, { version: 2, ...input }),
      );
      if (!reply.result) throw new WechatApiError(-1, 'msg_sec_check answered without a result');
      return reply.result;
    });
  }

  /** mediaCheckAsync v2: submits a photo WeChat downloads from `media_url`; its verdict is pushed later, matched by the trace id returned. */
  async mediaCheckAsync(input: { openid: string; scene: number; media_url: string }): Promise<string> {
    return this.withToken(async (token) => {
      const body = { version: 2, media_type: 2, ...input };
      const reply = await readJson<WechatReply & { trace_id?: string }>(await this.post('/wxa/media_check_async', { access_token: token }, body));
      if (!reply.trace_id) throw new WechatApiError(-1, 'media_check_async answered without a trace_id');
      return reply.trace_id;
    });
  }

  /** A call with the access token; if WeChat says the token is no longer good, once more with the current one. */
  private async withToken<T>(call: (token: string) => Promise<T>): Promise<T> {
    const token = await this.accessToken();
    try {
      return await call(token);
    } catch (error) {
      if (!(error instanceof WechatApiError) || !STALE_TOKEN_ERRCODES.has(error.errcode)) throw error;
      // Replaced before its time (e.g. refreshed from elsewhere): ask for the current one, once.
      await this.dropToken(token);
      return call(await this.accessToken());
    }
  }

  private async fetchToken(): Promise<StoredToken> {
    const { appId, appSecret } = this.requireCredentials();
    const started = Date.now();
    const response = await this.post('/cgi-bin/stable_token', {}, { grant_type: 'client_credential', appid: appId, secret: appSecret });
    const reply = await readJson<WechatReply & { access_token?: string; expires_in?: number }>(response);
    if (!reply.access_token || !reply.expires_in) throw new WechatApiError(-1, 'stable_token answered without a token');
    return { token: reply.access_token, expiresAt: new Date(started + reply.expires_in * 1000) };
  }

  private async requestCode(accessToken: string, body: object): Promise<WechatCodeImage> {
    const response = await this.post('/wxa/getwxacodeunlimit', { access_token: accessToken }, body);
    const bytes = Buffer.from(await response.arrayBuffer());
    const type = detectImageType(bytes);
    if (type) return { bytes, mimeType: type.mimeType };
    // Not an image: WeChat's error answer is JSON.
    let reply: WechatReply = {};
    try {
      reply = JSON.parse(bytes.toString('utf8')) as WechatReply;
    } catch {
      // neither an image nor JSON
    }
    throw new WechatApiError(reply.errcode || -1, reply.errmsg ?? 'getwxacodeunlimit answered neither an image nor an error');
  }

  private requireCredentials(): { appId: string; appSecret: string } {
    const { appId, appSecret } = this.config.wechat;
    if (!appId || !appSecret) throw new WechatApiError(-1, 'WECHAT_APP_ID and WECHAT_APP_SECRET are not configured');
    return { appId, appSecret };
  }

  private async get<T extends WechatReply>(path: string, query: Record<string, string>): Promise<T> {
    return readJson<T>(await this.send(path, query));
  }

  private post(path: string, query: Record<string, string>, body: object): Promise<Response> {
    return this.send(path, query, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  }

  private async send(path: string, query: Record<string, string>, init: RequestInit = {}): Promise<Response> {
    const url = new URL(path, this.config.wechat.apiBaseUrl);
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
    let response: Response;
    try {
      response = await fetch(url, { ...init, signal: AbortSignal.timeout(5000) });
    } catch (error) {
      this.logger.warn(`WeChat ${path} unreachable: ${(error as Error).message}`);
      throw new WechatApiError(-1, 'WeChat API unreachable');
    }
    if (!response.ok) throw new WechatApiError(-1, `HTTP ${response.status}`);
    return response;
  }
}

async function readJson<T extends WechatReply>(response: Response): Promise<T> {
  const body = (await response.json()) as T;
  if (body.errcode) throw new WechatApiError(body.errcode, body.errmsg ?? '');
  return body;
}
