import { fakeWechatEnv, startFakeWechat, type FakeWechat } from '../testing/fake-wechat.server';
import { createTestApp, type TestApp } from '../testing/test-app';
import { WechatClient } from './wechat.client';

/** On MariaDB, several processes may need the first token at the same moment: one fetches, the others wait for it. */
describe('the first WeChat access token of three server processes at once', () => {
  let wechat: FakeWechat;
  const apps: TestApp[] = [];

  beforeAll(async () => {
    if (process.env.TEST_DATABASE !== 'mariadb') throw new Error('Run with TEST_DATABASE=mariadb (npm run test:mariadb)');
    wechat = await startFakeWechat();
    const first = await createTestApp({ env: fakeWechatEnv(wechat.baseUrl) });
    apps.push(first);
    for (let i = 0; i < 2; i++) apps.push(await createTestApp({ env: fakeWechatEnv(wechat.baseUrl), database: first.database, fixtures: false }));
  });
  afterAll(async () => {
    for (const t of apps.reverse()) await t.close();
    await wechat?.close();
  });

  it('is fetched once', async () => {
    const tokens = await Promise.all(apps.flatMap((t) => [t.app.get(WechatClient).accessToken(), t.app.get(WechatClient).accessToken()]));
    expect(new Set(tokens)).toEqual(new Set([wechat.tokens[0]]));
    expect(wechat.requests.filter((r) => r.path === '/cgi-bin/stable_token')).toHaveLength(1);
  });
});
