import { fakeWechatEnv, startFakeWechat, type FakeWechat } from '../testing/fake-wechat.server';
import { createTestApp, type TestApp } from '../testing/test-app';
import { WechatClient } from './wechat.client';
import { WechatToken } from './wechat-token.entity';

/** Two server processes over one database share WeChat's access token (docs/architecture.md, "WeChat"). */
describe('the WeChat access token, shared by the server processes', () => {
  let wechat: FakeWechat;
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    wechat = await startFakeWechat();
    first = await createTestApp({ env: fakeWechatEnv(wechat.baseUrl) });
    second = await createTestApp({ env: fakeWechatEnv(wechat.baseUrl), database: first.database, fixtures: false });
  });
  afterAll(async () => {
    await second.close();
    await first.close();
    await wechat.close();
  });

  const tokenRequests = () => wechat.requests.filter((r) => r.path === '/cgi-bin/stable_token').length;
  const qr = (t: TestApp, scene: string) => t.app.get(WechatClient).getUnlimitedCode(scene, 'pages/home/index');

  it('is fetched once, by whichever process needs it first, and read from the database by the other', async () => {
    await qr(first, 'b=TA-1');
    await qr(second, 'b=TA-2');
    expect(tokenRequests()).toBe(1);
    const [stored] = await first.dataSource.getRepository(WechatToken).find();
    expect(stored.token).toBe(wechat.tokens[0]);
    expect(stored.expiresAt.getTime()).toBeGreaterThan(Date.now() + 7000_000);
  });

  it('is fetched again once when WeChat says it is no longer valid (40001), and the other process takes the new one', async () => {
    wechat.revokeTokens();
    await qr(first, 'b=TA-3');
    await qr(second, 'b=TA-4');
    // The second process met the refused token too, found the new one stored, and fetched nothing.
    expect(tokenRequests()).toBe(2);
    expect(wechat.tokens).toHaveLength(2);
    const codes = wechat.requests.filter((r) => r.path === '/wxa/getwxacodeunlimit').map((r) => [r.body?.scene, r.query.access_token]);
    expect(codes.slice(-3)).toEqual([
      ['b=TA-3', wechat.tokens[1]],
      ['b=TA-4', wechat.tokens[0]],
      ['b=TA-4', wechat.tokens[1]],
    ]);
  });
});
