import { JwtService } from '@nestjs/jwt';
import { createSecretKey } from 'node:crypto';
import { OutboxDispatcher } from '../notifications/outbox-dispatcher.service';
import { TEST_PASSWORD } from '../testing/fixtures';
import { createTestApp, type TestApp } from '../testing/test-app';
import { User } from '../users/user.entity';
import { THROTTLES } from '../rate-limit/rate-limits';
import { LOCK_AFTER } from './login-attempts.service';
import { PasswordHasher } from './password-hasher';

const login = (t: TestApp, username: string, password: string) => t.http.post('/api/auth/password').send({ username, password });
const WRONG = 'not-the-password';

describe('password login protection (real HTTP, real database)', () => {
  describe('throttles, counted in the database', () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await createTestApp();
    });
    afterEach(() => t.close());

    it('allows ten attempts per username in ten minutes, from anywhere; the eleventh is 429 with Retry-After', async () => {
      expect(THROTTLES.loginPerUsername).toMatchObject({ limit: 10, ttl: 10 * 60_000 });
      for (let i = 0; i < 10; i++) await login(t, 'nobody-here', WRONG).expect(401);
      const refused = await login(t, 'nobody-here', WRONG).expect(429);
      expect(refused.body).toEqual({ code: 'TOO_MANY_REQUESTS', message: '请求过于频繁，请稍后再试' });
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      // Another name from the same address still gets through…
      await login(t, 'staffA', TEST_PASSWORD).expect(200);
      // …and the limited one again after the window.
      t.clock.advance(10 * 60_000 + 1000);
      await login(t, 'nobody-here', WRONG).expect(401);
    });

    it(`allows ${THROTTLES.loginPerAddress.limit} logins a minute from one address, whatever the names`, async () => {
      for (let i = 0; i < THROTTLES.loginPerAddress.limit; i++) await login(t, `someone-${i}`, WRONG).expect(401);
      const refused = await login(t, 'staffA', TEST_PASSWORD).expect(429);
      expect(refused.headers['retry-after']).toBeDefined();
      t.clock.advance(61_000);
      await login(t, 'staffA', TEST_PASSWORD).expect(200);
    });

    it('shares its counters between server processes: a second app on the same database sees the first one’s attempts', async () => {
      const other = await createTestApp({ fixtures: false, database: t.database });
      try {
        for (let i = 0; i < 10; i++) await login(i % 2 ? t : other, 'nobody-here', WRONG).expect(401);
        await login(other, 'nobody-here', WRONG).expect(429);
        await login(t, 'nobody-here', WRONG).expect(429);
      } finally {
        await other.close();
      }
    });
  });

  describe('wrong passwords back off, then lock the account', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp();
    });
    afterAll(() => t.close());

    const userRow = (username: string) => t.dataSource.getRepository(User).findOneByOrFail({ username });

    it('waits 1 s after the third wrong password, 2 s after the fourth…; the wait answers 429 without checking the password', async () => {
      for (let i = 0; i < 3; i++) await login(t, 'staffB', WRONG).expect(401);
      const waiting = await login(t, 'staffB', TEST_PASSWORD).expect(429);
      expect(waiting.body).toEqual({ code: 'LOGIN_RETRY_LATER', message: '密码错误次数较多，请1秒后再试' });
      expect(waiting.headers['retry-after']).toBe('1');
      t.clock.advance(1000);
      await login(t, 'staffB', WRONG).expect(401);
      const longer = await login(t, 'staffB', TEST_PASSWORD).expect(429);
      expect(longer.headers['retry-after']).toBe('2');
      t.clock.advance(2000);
      // The right password, once allowed, logs in and clears the count.
      await login(t, 'staffB', TEST_PASSWORD).expect(200);
      expect(await userRow('staffB')).toMatchObject({ failedLogins: 0, loginRetryAt: null, lockedAt: null });
    });

    it(`locks the account after ${LOCK_AFTER} wrong passwords, tells the secretary, and only an unlock lets her in again`, async () => {
      for (let i = 1; i <= LOCK_AFTER; i++) {
        const res = await login(t, 'staffA', WRONG);
        expect(res.status).toBe(401);
        expect(res.body.code).toBe(i === LOCK_AFTER ? 'ACCOUNT_LOCKED' : 'INVALID_CREDENTIALS');
        t.clock.advance(5 * 60_000); // past any back-off, and spread over the per-username window
      }
      const locked = await login(t, 'staffA', TEST_PASSWORD).expect(401);
      expect(locked.body).toEqual({ code: 'ACCOUNT_LOCKED', message: '密码错误次数过多，账号已锁定，请联系社区书记或街道管理员解锁' });

      // The secretary hears of it, and sees it in her staff list.
      await t.app.get(OutboxDispatcher).deliverPending();
      const inbox = (await t.as('secretaryA').get('/api/notifications').expect(200)).body as { kind: string; body: string }[];
      expect(inbox.find((m) => m.kind === 'accountLocked')?.body).toContain('staffA');
      const staff = (await t.as('secretaryA').get('/api/users').expect(200)).body as { username: string; locked: boolean }[];
      expect(staff.find((u) => u.username === 'staffA')?.locked).toBe(true);
      // Her page of locked accounts (the notice's link) lists just that one; the street admin's too.
      for (const who of ['secretaryA', 'streetAdmin'] as const) {
        const lockedOnly = (await t.as(who).get('/api/users?locked=true').expect(200)).body as { username: string }[];
        expect(lockedOnly.map((u) => u.username)).toEqual(['staffA']);
      }
      const notLocked = (await t.as('secretaryA').get('/api/users?locked=false').expect(200)).body as { username: string; role: string }[];
      expect(notLocked.map((u) => u.username)).not.toContain('staffA');
      expect(notLocked.some((u) => u.role === 'gridSecretary')).toBe(true);
      await t.as('secretaryA').get('/api/users?locked=maybe').expect(400);

      // Another community's secretary cannot reach her (404, nothing changes); her own can.
      await t.as('secretaryB').post(`/api/users/${t.fixtures.users.staffA.id}/unlock`).expect(404);
      expect((await userRow('staffA')).lockedAt).not.toBeNull();
      const unlocked = await t.as('secretaryA').post(`/api/users/${t.fixtures.users.staffA.id}/unlock`).expect(200);
      expect(unlocked.body).toMatchObject({ id: t.fixtures.users.staffA.id, locked: false });
      await login(t, 'staffA', TEST_PASSWORD).expect(200);
    });

    it('lets the street admin unlock anyone, and a secretary only her community’s staff', async () => {
      await t.dataSource.getRepository(User).update({ username: 'gridSecretary1' }, { failedLogins: LOCK_AFTER, lockedAt: t.clock.now() });
      await t.as('secretaryA').post(`/api/users/${t.fixtures.users.gridSecretary1.id}/unlock`).expect(404);
      await t.as('streetAdmin').post(`/api/users/${t.fixtures.users.gridSecretary1.id}/unlock`).expect(200);
      expect(await userRow('gridSecretary1')).toMatchObject({ failedLogins: 0, lockedAt: null });
    });

    it('answers an unknown username exactly like a wrong password, after the same hashing work', async () => {
      const verify = jest.spyOn(t.app.get(PasswordHasher), 'verify');
      const unknown = await login(t, 'no-such-user', WRONG).expect(401);
      const wrong = await login(t, 'secretaryB', WRONG).expect(401);
      expect(unknown.body).toEqual(wrong.body);
      expect(verify.mock.calls).toEqual([
        [WRONG, null],
        [WRONG, expect.stringMatching(/^scrypt\$/)],
      ]);
      verify.mockRestore();
    });
  });

  describe('session tokens', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp();
    });
    afterAll(() => t.close());

    const me = (token: string) => t.http.get('/api/auth/me').set('Authorization', `Bearer ${token}`);
    const now = () => Math.floor(t.clock.now().getTime() / 1000);
    const sign = (claims: object) => t.app.get(JwtService).sign({ sub: t.fixtures.users.staffA.id, role: 'communityStaff', ...claims });

    it('accepts what the server issues', async () => {
      await me(t.token('staffA')).expect(200);
    });

    it('refuses a well-signed token without an expiry', async () => {
      const res = await me(sign({ iat: now() })).expect(401);
      expect(res.body.code).toBe('TOKEN_INVALID');
    });

    it('refuses a well-signed token living longer than TOKEN_TTL_SECONDS, or issued in the future', async () => {
      await me(sign({ iat: now(), exp: now() + 7 * 24 * 3600 + 1 })).expect(401);
      await me(sign({ iat: now() + 3600, exp: now() + 7200 })).expect(401);
      await me(sign({ iat: now(), exp: now() + 3600 })).expect(200);
    });
  });

  it('in production, refuses tokens signed with the published development secret', async () => {
    const t = await createTestApp({
      env: { NODE_ENV: 'production', AUTH_SECRET: 'a-real-secret-of-at-least-32-bytes!!', PHONE_ENCRYPTION_KEY: 'ab'.repeat(32), DEV_LOGIN: '' },
    });
    try {
      const devSigner = new JwtService({ secret: createSecretKey(Buffer.from('lingjuli-development-secret-do-not-use-in-production')) as unknown as Buffer });
      const seconds = Math.floor(t.clock.now().getTime() / 1000);
      const forged = devSigner.sign({ sub: t.fixtures.users.streetAdmin.id, role: 'streetAdmin', iat: seconds, exp: seconds + 3600 });
      await t.http.get('/api/auth/me').set('Authorization', `Bearer ${forged}`).expect(401);
      await t.http
        .get('/api/auth/me')
        .set('Authorization', `Bearer ${t.token('streetAdmin')}`)
        .expect(200);
    } finally {
      await t.close();
    }
  });
});
