import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { toBuffer as qrPng, type QRCodeToBufferOptions } from 'qrcode';

export const FAKE_APP_ID = 'wx-test-app';
export const FAKE_APP_SECRET = 'test-secret';

/** Where nothing listens: WeChat unreachable. */
export const UNREACHABLE_WECHAT = 'http://127.0.0.1:9';

/** The environment of a server configured for the fake's app, talking to WeChat at `baseUrl`. */
export function fakeWechatEnv(baseUrl: string): Record<string, string> {
  return { WECHAT_APP_ID: FAKE_APP_ID, WECHAT_APP_SECRET: FAKE_APP_SECRET, WECHAT_API_BASE_URL: baseUrl };
}

/** What WeChat accepts in a mini-program code's scene: up to 32 of these characters. */
const SCENE = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]{1,32}$/;

export interface FakeWechatRequest {
  path: string;
  query: Record<string, string>;
  /** The JSON body of a POST (null when it was not JSON). */
  body?: Record<string, unknown> | null;
}

export interface FakeWechat {
  baseUrl: string;
  /** Make `code` log in as `openId` (once, like WeChat's codes). */
  issueCode(code: string, openId: string): void;
  /** Every request the fake received, for assertions. */
  requests: FakeWechatRequest[];
  /** The access tokens issued so far, oldest first. */
  tokens: string[];
  /** Make every token issued so far invalid (as when another party force-refreshes it). */
  revokeTokens(): void;
  /** `openId` agreed `times` more times to receive messages of `templateId` (what wx.requestSubscribeMessage records in WeChat). */
  grant(openId: string, templateId: string, times?: number): void;
  /** The subscription messages WeChat accepted, in order. */
  sent: FakeSubscribeMessage[];
  /** The next `times` message sends fail as WeChat being unreachable (HTTP 503). */
  outage(times: number): void;
  /** Words containing `word` get WeChat's `suggest` from msgSecCheck (everything else passes). */
  judge(word: string, suggest: 'review' | 'risky'): void;
  /** While down, msgSecCheck and mediaCheckAsync answer as WeChat being unreachable (HTTP 503). */
  checksDown(down: boolean): void;
  /** The photos submitted to mediaCheckAsync, with what the fake got fetching each (as WeChat downloads it). */
  media: FakeMediaCheck[];
  /**
   * WeChat's push of a photo's verdict to the mini-program's message push URL, signed with its Token
   * as WeChat does in plain-text mode; resolves with the HTTP status the product answered.
   */
  pushMediaResult(traceId: string, suggest: 'pass' | 'review' | 'risky', push: { url: string; token: string }): Promise<number>;
  close(): Promise<void>;
}

export interface FakeMediaCheck {
  traceId: string;
  openid: string;
  mediaUrl: string;
  /** The HTTP status and size of the download. */
  fetched: { status: number; bytes: number };
}

/** WeChat's signature of a push (plain-text mode): SHA-1 of the Token, timestamp and nonce, sorted and joined. */
export function wechatPushSignature(token: string, timestamp: string, nonce: string): string {
  return createHash('sha1').update([token, timestamp, nonce].sort().join('')).digest('hex');
}

export interface FakeSubscribeMessage {
  touser: string;
  template_id: string;
  page?: string;
  data: Record<string, { value: string }>;
  miniprogram_state?: string;
}

/** Template ids the fake knows (WeChat answers 40037 to others). */
export const FAKE_TEMPLATE = (name: string) => `tmpl-${name}`;

/** WeChat's rules for a field's value, by the kind its key begins with (a sample: what the product sends). */
const FIELD_VALUE_RULES: Record<string, (value: string) => boolean> = {
  thing: (v) => [...v].length <= 20,
  character_string: (v) => v.length <= 32 && /^[\x21-\x7e]*$/.test(v),
  phrase: (v) => [...v].length <= 5 && /^[\u4e00-\u9fa5]*$/.test(v),
  name: (v) => [...v].length <= 10,
  number: (v) => /^\d{1,32}$/.test(v),
  time: (v) => /^\d{4}-\d\d-\d\d \d\d:\d\d$/.test(v),
  date: (v) => /^\d{4}-\d\d-\d\d$/.test(v),
};

/** Why WeChat would refuse a message's data (47003), or null. */
function invalidField(data: unknown): string | null {
  if (!data || typeof data !== 'object') return 'data';
  for (const [key, field] of Object.entries(data as Record<string, { value?: unknown }>)) {
    const value = field?.value;
    const rule = FIELD_VALUE_RULES[key.replace(/\d+$/, '')];
    // eslint-disable-next-line no-control-regex -- WeChat refuses control characters in a value
    if (typeof value !== 'string' || value === '' || /[\u0000-\u001f]/.test(value) || !rule || !rule(value)) return `data.${key}.value`;
  }
  return null;
}

/**
 * A stand-in for api.weixin.qq.com on loopback: real HTTP, WeChat's request and answer shapes,
 * its error codes for bad credentials, used or unknown codes, and bad or stale access tokens.
 * A mini-program code comes back as a real PNG: an ordinary QR code of its scene.
 */
export async function startFakeWechat(): Promise<FakeWechat> {
  const codes = new Map<string, string>();
  const requests: FakeWechatRequest[] = [];
  const tokens: string[] = [];
  const valid = new Map<string, number>(); // token → expiry (ms)
  const grants = new Map<string, number>(); // openid + template → messages she agreed to
  const sent: FakeSubscribeMessage[] = [];
  let outages = 0;
  let checksDown = false;
  const judgements = new Map<string, 'review' | 'risky'>();
  const media: FakeMediaCheck[] = [];
  const TOKEN_SECONDS = 7200;
  const labels = { pass: 100, review: 20001, risky: 20002 };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const query = Object.fromEntries(url.searchParams);
    const body = req.method === 'POST' ? await readJson(req) : undefined;
    requests.push(body === undefined ? { path: url.pathname, query } : { path: url.pathname, query, body });
    const reply = (answer: object) => {
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify(answer));
    };

    if (url.pathname === '/sns/jscode2session') {
      if (query.appid !== FAKE_APP_ID || query.secret !== FAKE_APP_SECRET) return reply({ errcode: 40125, errmsg: 'invalid appsecret' });
      if (query.grant_type !== 'authorization_code') return reply({ errcode: 40002, errmsg: 'invalid grant_type' });
      const openId = codes.get(query.js_code ?? '');
      if (!openId) return reply({ errcode: 40029, errmsg: 'invalid code' });
      codes.delete(query.js_code ?? '');
      return reply({ openid: openId, session_key: 'fake-session-key' });
    }

    if (url.pathname === '/cgi-bin/stable_token' && req.method === 'POST') {
      if (!body) return reply({ errcode: 47001, errmsg: 'data format error' });
      if (body.grant_type !== 'client_credential') return reply({ errcode: 40002, errmsg: 'invalid grant_type' });
      if (body.appid !== FAKE_APP_ID) return reply({ errcode: 40013, errmsg: 'invalid appid' });
      if (body.secret !== FAKE_APP_SECRET) return reply({ errcode: 40125, errmsg: 'invalid appsecret' });
      // Like WeChat's stable mode: the same token while it lasts, unless a refresh is forced.
      const current = tokens.at(-1);
      const expiresAt = current ? valid.get(current) : undefined;
      if (current && expiresAt && expiresAt > Date.now() && body.force_refresh !== true) {
        return reply({ access_token: current, expires_in: Math.floor((expiresAt - Date.now()) / 1000) });
      }
      const token = `fake-access-token-${tokens.length + 1}`;
      tokens.push(token);
      valid.set(token, Date.now() + TOKEN_SECONDS * 1000);
      return reply({ access_token: token, expires_in: TOKEN_SECONDS });
    }

    if (url.pathname === '/wxa/getwxacodeunlimit' && req.method === 'POST') {
      const expiresAt = valid.get(query.access_token ?? '');
      if (!expiresAt || expiresAt <= Date.now()) {
        return reply({ errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' });
      }
      if (!body) return reply({ errcode: 47001, errmsg: 'data format error' });
      const { scene, page, width } = body;
      if (typeof scene !== 'string' || !SCENE.test(scene)) return reply({ errcode: 40169, errmsg: 'invalid length for scene, or the data is not json string' });
      if (page !== undefined && (typeof page !== 'string' || page.startsWith('/') || page.includes('?'))) {
        return reply({ errcode: 41030, errmsg: 'invalid page' });
      }
      if (width !== undefined && (typeof width !== 'number' || width < 280 || width > 1280)) return reply({ errcode: 40097, errmsg: 'invalid args' });
      res.setHeader('Content-Type', 'image/png');
      const png = await qrPng(scene, {
        type: 'png',
        margin: 2,
        width: typeof width === 'number' ? width : 430,
        // A cheap row filter: pngjs's adaptive one is slow under Jest.
        rendererOpts: { filterType: 2, deflateStrategy: 0 } as QRCodeToBufferOptions['rendererOpts'],
      });
      return res.end(png);
    }

    if (url.pathname === '/cgi-bin/message/subscribe/send' && req.method === 'POST') {
      if (outages > 0) {
        outages--;
        res.statusCode = 503;
        return res.end('Service Unavailable');
      }
      const expiresAt = valid.get(query.access_token ?? '');
      if (!expiresAt || expiresAt <= Date.now()) return reply({ errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' });
      const message = body as unknown as FakeSubscribeMessage | null;
      if (!message || typeof message.touser !== 'string') return reply({ errcode: 40003, errmsg: 'invalid openid' });
      if (typeof message.template_id !== 'string' || !message.template_id.startsWith('tmpl-')) return reply({ errcode: 40037, errmsg: 'invalid template_id' });
      if (message.page !== undefined && (typeof message.page !== 'string' || !/^[\w-]+(\/[\w-]+)*(\?[\w=&-]*)?$/.test(message.page))) {
        return reply({ errcode: 41030, errmsg: 'invalid page' });
      }
      const bad = invalidField(message.data);
      if (bad) return reply({ errcode: 47003, errmsg: `argument invalid! ${bad} invalid` });
      const key = `${message.touser}|${message.template_id}`;
      const left = grants.get(key) ?? 0;
      if (left <= 0) return reply({ errcode: 43101, errmsg: 'user refuse to accept the msg' });
      grants.set(key, left - 1);
      sent.push(message);
      return reply({ errcode: 0, errmsg: 'ok' });
    }

    if ((url.pathname === '/wxa/msg_sec_check' || url.pathname === '/wxa/media_check_async') && req.method === 'POST') {
      if (checksDown) {
        res.statusCode = 503;
        return res.end('Service Unavailable');
      }
      const expiresAt = valid.get(query.access_token ?? '');
      if (!expiresAt || expiresAt <= Date.now()) return reply({ errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' });
      if (!body || body.version !== 2) return reply({ errcode: 47001, errmsg: 'data format error' });
      if (typeof body.openid !== 'string' || body.openid === '') return reply({ errcode: 40003, errmsg: 'invalid openid' });
      if (![1, 2, 3, 4].includes(body.scene as number)) return reply({ errcode: 40129, errmsg: 'invalid scene' });
      const trace_id = `trace-${randomBytes(6).toString('hex')}`;
      if (url.pathname === '/wxa/msg_sec_check') {
        if (typeof body.content !== 'string' || body.content === '' || [...body.content].length > 2500)
          return reply({ errcode: 44002, errmsg: 'empty post data' });
        const content = body.content;
        const suggest = [...judgements].find(([word]) => content.includes(word))?.[1] ?? 'pass';
        return reply({ errcode: 0, errmsg: 'ok', trace_id, result: { suggest, label: labels[suggest] }, detail: [] });
      }
      if (body.media_type !== 2 || typeof body.media_url !== 'string') return reply({ errcode: 47001, errmsg: 'data format error' });
      const download = await fetch(body.media_url).catch(() => null);
      const bytes = download?.ok ? (await download.arrayBuffer()).byteLength : 0;
      media.push({ traceId: trace_id, openid: body.openid, mediaUrl: body.media_url, fetched: { status: download?.status ?? 0, bytes } });
      return reply({ errcode: 0, errmsg: 'ok', trace_id });
    }

    res.statusCode = 404;
    reply({ errcode: 404, errmsg: 'not found' });
  };

  const pushMediaResult: FakeWechat['pushMediaResult'] = async (traceId, suggest, push) => {
    const check = media.find((m) => m.traceId === traceId);
    const timestamp = String(Math.floor(Date.now() / 1000));
    const nonce = randomBytes(4).toString('hex');
    const target = new URL(push.url);
    target.searchParams.set('signature', wechatPushSignature(push.token, timestamp, nonce));
    target.searchParams.set('timestamp', timestamp);
    target.searchParams.set('nonce', nonce);
    const event = {
      ToUserName: 'gh_fake',
      FromUserName: check?.openid ?? '',
      CreateTime: Number(timestamp),
      MsgType: 'event',
      Event: 'wxa_media_check',
      appid: FAKE_APP_ID,
      trace_id: traceId,
      version: 2,
      detail: [{ strategy: 'content_model', errcode: 0, suggest, label: labels[suggest], prob: 90 }],
      errcode: 0,
      errmsg: 'ok',
      result: { suggest, label: labels[suggest] },
    };
    const response = await fetch(target, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(event) });
    return response.status;
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: Error) => {
      res.statusCode = 500;
      res.end(error.message);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    issueCode: (code, openId) => codes.set(code, openId),
    requests,
    tokens,
    revokeTokens: () => valid.clear(),
    grant: (openId, templateId, times = 1) => grants.set(`${openId}|${templateId}`, (grants.get(`${openId}|${templateId}`) ?? 0) + times),
    sent,
    outage: (times) => (outages = times),
    judge: (word, suggest) => judgements.set(word, suggest),
    checksDown: (down) => (checksDown = down),
    media,
    pushMediaResult,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The request's JSON body, or null when it is not JSON. */
async function readJson(req: IncomingMessage): Promise<Record<string, unknown> | null> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
