import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const FAKE_APP_ID = 'wx-test-app';
export const FAKE_APP_SECRET = 'test-secret';

export interface FakeWechat {
  baseUrl: string;
  /** Make `code` log in as `openId` (once, like WeChat's codes). */
  issueCode(code: string, openId: string): void;
  /** Every request the fake received, for assertions. */
  requests: { path: string; query: Record<string, string> }[];
  close(): Promise<void>;
}

/**
 * A stand-in for api.weixin.qq.com on loopback: real HTTP, WeChat's request and answer shapes,
 * its error codes for bad credentials and used or unknown codes.
 */
export async function startFakeWechat(): Promise<FakeWechat> {
  const codes = new Map<string, string>();
  const requests: FakeWechat['requests'] = [];

  const server: Server = createServer((req: IncomingMessage, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const query = Object.fromEntries(url.searchParams);
    requests.push({ path: url.pathname, query });
    const reply = (body: object) => {
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify(body));
    };
    if (url.pathname === '/sns/jscode2session') {
      if (query.appid !== FAKE_APP_ID || query.secret !== FAKE_APP_SECRET) return reply({ errcode: 40125, errmsg: 'invalid appsecret' });
      if (query.grant_type !== 'authorization_code') return reply({ errcode: 40002, errmsg: 'invalid grant_type' });
      const openId = codes.get(query.js_code ?? '');
      if (!openId) return reply({ errcode: 40029, errmsg: 'invalid code' });
      codes.delete(query.js_code ?? '');
      return reply({ openid: openId, session_key: 'fake-session-key' });
    }
    res.statusCode = 404;
    reply({ errcode: 404, errmsg: 'not found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    issueCode: (code, openId) => codes.set(code, openId),
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
