import { FAKE_APP_ID, FAKE_APP_SECRET, UNREACHABLE_WECHAT, fakeWechatEnv, startFakeWechat, type FakeWechat } from '../testing/fake-wechat.server';
import { TEST_PASSWORD } from '../testing/fixtures';
import { createTestApp, type TestApp } from '../testing/test-app';
import { User } from '../users/user.entity';

describe('login', () => {
  describe('with WeChat configured (against a fake WeChat server on loopback)', () => {
    let wechat: FakeWechat;
    let t: TestApp;

    beforeAll(async () => {
      wechat = await startFakeWechat();
      t = await createTestApp({ env: fakeWechatEnv(wechat.baseUrl) });
    });
    afterAll(async () => {
      await t.close();
      await wechat.close();
    });

    it('exchanges a wx.login code for a session, creating the resident once', async () => {
      wechat.issueCode('code-1', 'openid-new-resident');
      const first = await t.http.post('/api/auth/wechat').send({ code: 'code-1' }).expect(200);
      expect(first.body.user).toMatchObject({ role: 'resident', communityId: null });
      expect(wechat.requests.at(-1)).toEqual({
        path: '/sns/jscode2session',
        query: { appid: FAKE_APP_ID, secret: FAKE_APP_SECRET, js_code: 'code-1', grant_type: 'authorization_code' },
      });

      wechat.issueCode('code-2', 'openid-new-resident');
      const second = await t.http.post('/api/auth/wechat').send({ code: 'code-2' }).expect(200);
      expect(second.body.user.id).toBe(first.body.user.id);
      expect(await t.dataSource.getRepository(User).countBy({ wechatOpenId: 'openid-new-resident' })).toBe(1);

      const me = await t.http.get('/api/auth/me').set('Authorization', `Bearer ${second.body.token}`).expect(200);
      expect(me.body.id).toBe(first.body.user.id);
    });

    it('answers 401 in Chinese for a used or unknown code', async () => {
      wechat.issueCode('once', 'openid-x');
      await t.http.post('/api/auth/wechat').send({ code: 'once' }).expect(200);
      const again = await t.http.post('/api/auth/wechat').send({ code: 'once' }).expect(401);
      expect(again.body).toEqual({ code: 'WECHAT_CODE_INVALID', message: '微信登录已失效，请重新进入小程序' });
    });

    it('answers 502 when WeChat cannot be reached', async () => {
      const down = await createTestApp({
        fixtures: false,
        env: fakeWechatEnv(UNREACHABLE_WECHAT),
      });
      try {
        const res = await down.http.post('/api/auth/wechat').send({ code: 'any' }).expect(502);
        expect(res.body.code).toBe('WECHAT_UNAVAILABLE');
      } finally {
        await down.close();
      }
    });

    it('has no dev login once WeChat credentials exist', async () => {
      await t.http.post('/api/auth/dev').send({ role: 'resident', name: '体验居民' }).expect(404);
      expect((await t.http.get('/api/auth/dev').expect(200)).body).toEqual({ enabled: false });
    });
  });

  describe('staff passwords and the dev login', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp();
    });
    afterAll(() => t.close());

    it('logs staff in with the right password only, with one answer for every failure', async () => {
      const ok = await t.http.post('/api/auth/password').send({ username: 'staffA', password: TEST_PASSWORD }).expect(200);
      expect(ok.body.user).toMatchObject({ role: 'communityStaff', communityId: t.fixtures.communities.a.id });
      const wrong = await t.http.post('/api/auth/password').send({ username: 'staffA', password: 'nope-nope' }).expect(401);
      const nobody = await t.http.post('/api/auth/password').send({ username: 'nobody', password: TEST_PASSWORD }).expect(401);
      expect(wrong.body).toEqual(nobody.body);
      // Residents have no password at all.
      await t.http.post('/api/auth/password').send({ username: 'residentA', password: TEST_PASSWORD }).expect(401);
    });

    it('refuses expired and tampered tokens', async () => {
      const token = t.token('staffA');
      await t.http.get('/api/auth/me').set('Authorization', `Bearer ${token}x`).expect(401);
      t.clock.advance(8 * 24 * 3600_000);
      const expired = await t.http.get('/api/auth/me').set('Authorization', `Bearer ${token}`).expect(401);
      expect(expired.body.code).toBe('TOKEN_INVALID');
    });

    it('refuses a deactivated user at once, even with a valid token', async () => {
      const token = t.token('staffA2');
      await t.as('streetAdmin').delete(`/api/users/${t.fixtures.users.staffA2.id}`).expect(204);
      await t.http.get('/api/auth/me').set('Authorization', `Bearer ${token}`).expect(401);
    });

    it('offers the dev login when asked for, without WeChat credentials: a named resident, or a sample liaison by username', async () => {
      const resident = await t.http.post('/api/auth/dev').send({ role: 'resident', name: '张阿姨' }).expect(200);
      const again = await t.http.post('/api/auth/dev').send({ role: 'resident', name: '张阿姨' }).expect(200);
      expect(again.body.user.id).toBe(resident.body.user.id);
      const liaison = await t.http.post('/api/auth/dev').send({ role: 'liaison', username: 'liaisonA' }).expect(200);
      expect(liaison.body.user.id).toBe(t.fixtures.users.liaisonA.id);
      await t.http.post('/api/auth/dev').send({ role: 'liaison', username: 'staffA' }).expect(401);
      await t.http.post('/api/auth/dev').send({ role: 'liaison' }).expect(400);
      expect((await t.http.get('/api/auth/dev').expect(200)).body).toEqual({ enabled: true });
    });

    it.each(['communityStaff', 'communitySecretary', 'gridSecretary', 'commandCenter', 'departmentStaff', 'streetAdmin'])(
      'never logs in staff (%s): they use their password',
      async (role) => {
        const username = Object.values(t.fixtures.users).find((u) => u.role === role)!.username;
        const res = await t.http.post('/api/auth/dev').send({ role, username }).expect(400);
        expect(res.body.details).toEqual([{ field: 'role', message: '工作人员请使用用户名和密码登录' }]);
        expect(res.body.token).toBeUndefined();
      },
    );
  });

  it('has no dev login unless it is asked for (DEV_LOGIN), as when the server is started on its own', async () => {
    const t = await createTestApp({ fixtures: false, env: { NODE_ENV: 'development', DEV_LOGIN: '' } });
    try {
      await t.http.post('/api/auth/dev').send({ role: 'resident', name: '体验居民' }).expect(404);
      expect((await t.http.get('/api/auth/dev').expect(200)).body).toEqual({ enabled: false });
    } finally {
      await t.close();
    }
  });

  it('has no dev login in production', async () => {
    const t = await createTestApp({
      fixtures: false,
      env: { NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(32), PHONE_ENCRYPTION_KEY: 'ab'.repeat(32), DEV_LOGIN: '' },
    });
    try {
      await t.http.post('/api/auth/dev').send({ role: 'resident', name: '体验居民' }).expect(404);
    } finally {
      await t.close();
    }
  });
});
