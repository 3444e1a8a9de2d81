import type { AppealPage, LiaisonRecord } from '@lingjuli/shared';
import { TokenService } from '../auth/token.service';
import { createTestApp, type TestApp } from '../testing/test-app';
import type { FixtureUser } from '../testing/fixtures';
import { User } from '../users/user.entity';
import { Appeal } from './entities/appeal.entity';

describe('queue filters and the liaison’s record (real HTTP, real database)', () => {
  let t: TestApp;
  let key = 0;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const file = async (who: FixtureUser, body: Record<string, unknown>): Promise<number> => {
    const res = await t
      .as(who)
      .post('/api/appeals')
      .set('Idempotency-Key', `queries-${++key}`)
      .send({ content: `楼下的路灯坏了 #${key}`, communityId: t.fixtures.communities.a.id, ...body })
      .expect(201);
    return res.body.id as number;
  };
  const ids = async (who: FixtureUser, query: string): Promise<number[]> => {
    const res = await t.as(who).get(`/api/appeals?open=false&pageSize=100&${query}`).expect(200);
    return (res.body as AppealPage).items.map((a) => a.id);
  };

  describe('supervised', () => {
    let flagged = 0;
    let plain = 0;

    beforeAll(async () => {
      flagged = await file('residentA', { channel: 'online' });
      plain = await file('residentA', { channel: 'online' });
      // As a breach would leave it (the timers' own tests cover how the flag is set).
      await t.dataSource.getRepository(Appeal).update({ id: flagged }, { supervised: true });
    });

    it('true lists only appeals flagged for supervision (督办), false only the others', async () => {
      const onlyFlagged = await ids('secretaryA', 'supervised=true');
      expect(onlyFlagged).toEqual([flagged]);
      const unflagged = await ids('secretaryA', 'supervised=false');
      expect(unflagged).toContain(plain);
      expect(unflagged).not.toContain(flagged);
      // Combined with the caller's scope as ever.
      expect(await ids('staffB', 'supervised=true')).toEqual([]);
    });

    it('refuses a value that is not true or false', async () => {
      const res = await t.as('staffA').get('/api/appeals?supervised=maybe').expect(400);
      expect(res.body.details).toEqual([{ field: 'supervised', message: '是否督办应为是或否' }]);
    });
  });

  describe('involvement (a liaison’s reports and visits)', () => {
    let reported = 0;
    let assigned = 0;

    beforeAll(async () => {
      reported = await file('liaisonA', { channel: 'liaison', content: '巡查发现3号楼下井盖松动' });
      assigned = await file('residentA', { channel: 'online' });
      await t.act('staffA', assigned, 'accept');
      await t.act('staffA', assigned, 'assign', { liaisonId: t.fixtures.users.liaisonA.id });
    });

    it('reported: what she filed; assigned: what she is asked to visit', async () => {
      expect(await ids('liaisonA', 'involvement=reported')).toEqual([reported]);
      expect(await ids('liaisonA', 'involvement=assigned')).toEqual([assigned]);
      expect((await ids('liaisonA', '')).sort()).toEqual([reported, assigned].sort());
    });

    it.each(['residentA', 'staffA', 'secretaryA', 'commandCenter'] as FixtureUser[])(
      'is refused for %s (400: it means nothing outside a liaison’s work)',
      async (who) => {
        const res = await t.as(who).get('/api/appeals?involvement=reported').expect(400);
        expect(res.body.details).toEqual([{ field: 'involvement', message: '参与方式筛选仅适用于民情专员' }]);
      },
    );

    it('refuses an unknown value', async () => {
      const res = await t.as('liaisonA').get('/api/appeals?involvement=visited').expect(400);
      expect(res.body.details[0].field).toBe('involvement');
    });
  });

  describe('GET /api/me/record', () => {
    it('counts her reports from the rounds, the proactive ones and her visits, with the latest of each', async () => {
      const before = (await t.as('liaisonA').get('/api/me/record').expect(200)).body as LiaisonRecord;

      const proactive: number[] = [];
      for (let i = 0; i < 11; i++) {
        t.clock.advance(60_000);
        proactive.push(await file('liaisonA', { channel: 'liaison', content: `巡查发现楼道堆物 ${i}` }));
      }
      t.clock.advance(60_000);
      // A matter a resident told her about: reported by her, but not found before anyone complained.
      const told = await file('liaisonA', { channel: 'liaison', content: '居民反映楼顶漏水', proactive: false });
      // Not hers: filed by staff; and a visit by staff.
      await file('staffA', { channel: 'window', content: '窗口来访：楼道灯坏了' });

      const toVisit = await file('residentA', { channel: 'online', content: '楼前路面塌陷' });
      await t.act('staffA', toVisit, 'accept');
      await t.act('staffA', toVisit, 'assign', { liaisonId: t.fixtures.users.liaisonA.id });
      await t.act('staffA', toVisit, 'feedback', { method: 'phone', content: '已电话告知正在处理' });
      t.clock.advance(60_000);
      await t.act('liaisonA', toVisit, 'feedback', { method: 'visit', content: '上门告知：下周施工', residentOpinion: '希望尽快' });

      const res = await t.as('liaisonA').get('/api/me/record').expect(200);
      const record = res.body as LiaisonRecord;
      expect(record.reports).toBe(before.reports + 12);
      expect(record.proactiveReports).toBe(before.proactiveReports + 11);
      expect(record.visits).toBe(before.visits + 1);
      expect(record.recentReports.map((a) => a.id)).toEqual([told, ...proactive.slice(-9).reverse()]);
      expect(record.recentReports[0]).toMatchObject({ channel: 'liaison', proactive: false, communityName: '测试甲社区' });
      expect(record.recentVisits[0]).toMatchObject({
        appealId: toVisit,
        method: 'visit',
        content: '上门告知：下周施工',
        residentOpinion: '希望尽快',
        at: t.clock.now().toISOString(),
      });
      expect(record.recentVisits[0].appealCode).toMatch(/^\d{6}-\d{5}$/);
      expect(record.recentVisits.length).toBeLessThanOrEqual(10);
    });

    it('is the liaison’s own: another liaison starts at zero', async () => {
      const other = await t.dataSource.getRepository(User).save({
        role: 'liaison',
        displayName: '另一位专员',
        username: 'liaison-other',
        passwordHash: null,
        wechatOpenId: 'openid-liaison-other',
        communityId: t.fixtures.communities.a.id,
        gridId: null,
        departmentId: null,
        active: true,
        createdAt: t.clock.now(),
      });
      const token = t.app.get(TokenService).issue(other.id, other.role).token;
      const res = await t.http.get('/api/me/record').set('Authorization', `Bearer ${token}`).expect(200);
      expect(res.body).toEqual({ reports: 0, proactiveReports: 0, visits: 0, recentReports: [], recentVisits: [] });
    });
  });
});
