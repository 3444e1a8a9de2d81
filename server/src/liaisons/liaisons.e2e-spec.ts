import type { LiaisonInfo } from '@lingjuli/shared';
import { User } from '../users/user.entity';
import type { FixtureUser } from '../testing/fixtures';
import { createTestApp, type TestApp } from '../testing/test-app';
import { LiaisonProfile } from './liaison-profile.entity';
import { TrainingRecord } from './training-record.entity';

describe('liaison registry (民情专员, real HTTP, real database)', () => {
  let t: TestApp;
  let key = 0;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const ids = () => ({ a: t.fixtures.communities.a.id, b: t.fixtures.communities.b.id, liaisonA: t.fixtures.users.liaisonA.id });
  const file = async (who: FixtureUser, body: Record<string, unknown>): Promise<number> =>
    (
      await t
        .as(who)
        .post('/api/appeals')
        .set('Idempotency-Key', `liaisons-${++key}`)
        .send({ communityId: ids().a, buildingId: t.fixtures.buildings.a1.id, ...body })
        .expect(201)
    ).body.id as number;
  const info = async (who: FixtureUser, userId: number) => (await t.as(who).get(`/api/liaisons/${userId}`).expect(200)).body as LiaisonInfo;
  const list = async (who: FixtureUser, query = '') => (await t.as(who).get(`/api/liaisons${query}`).expect(200)).body as LiaisonInfo[];
  const rows = async () => ({
    users: await t.dataSource.getRepository(User).find({ order: { id: 'ASC' } }),
    profiles: await t.dataSource.getRepository(LiaisonProfile).find({ order: { id: 'ASC' } }),
    trainings: await t.dataSource.getRepository(TrainingRecord).find({ order: { id: 'ASC' } }),
  });

  let registered: LiaisonInfo;

  describe('a liaison who predates the registry (no profile row)', () => {
    it('is on it as a 居民联系员 since her account was created, with nothing counted yet', async () => {
      expect(await info('staffA', ids().liaisonA)).toEqual({
        userId: ids().liaisonA,
        name: 'liaisonA',
        communityId: ids().a,
        duties: ['liaison'],
        joinedAt: t.fixtures.users.liaisonA.createdAt.toISOString(),
        active: true,
        phone: null,
        counts: { reports: 0, proactiveReports: 0, visits: 0, participations: 0 },
        trainings: [],
      });
    });
  });

  describe('registering', () => {
    it('creates her account (liaison, phone encrypted, dev-login username) and her entry in the caller’s community', async () => {
      const res = await t
        .as('staffA')
        .post('/api/liaisons')
        .send({ name: '李秀兰', phone: '13912345678', duties: ['mediator', 'policyPromoter'], username: 'liaison-lxl' })
        .expect(201);
      registered = res.body as LiaisonInfo;
      expect(registered).toMatchObject({
        name: '李秀兰',
        communityId: ids().a,
        // In the registry's own order, whatever order they were picked in.
        duties: ['policyPromoter', 'mediator'],
        joinedAt: t.clock.now().toISOString(),
        active: true,
        phone: '13912345678',
        trainings: [],
      });
      const user = await t.dataSource.getRepository(User).findOneByOrFail({ id: registered.userId });
      expect(user).toMatchObject({ role: 'liaison', communityId: ids().a, username: 'liaison-lxl', passwordHash: null, active: true });
      expect(user.phoneEncrypted).toBeTruthy();
      expect(user.phoneEncrypted).not.toContain('13912345678');
      // The development login by username works for her at once.
      const login = await t.http.post('/api/auth/dev').send({ role: 'liaison', username: 'liaison-lxl' });
      expect(login.status).toBeLessThan(300);
      expect(login.body.user).toMatchObject({ id: registered.userId, role: 'liaison' });
    });

    it('masks her phone for everyone but her community’s staff', async () => {
      expect((await info('secretaryA', registered.userId)).phone).toBe('13912345678');
      expect((await info('gridSecretary1', registered.userId)).phone).toBe('139****5678');
      expect((await info('streetAdmin', registered.userId)).phone).toBe('139****5678');
    });

    it('refuses a username already taken (409), and creates nothing', async () => {
      const before = await rows();
      const clash = await t
        .as('secretaryA')
        .post('/api/liaisons')
        .send({ name: '赵六', duties: ['observer'], username: 'liaison-lxl' })
        .expect(409);
      expect(clash.body).toMatchObject({ code: 'USERNAME_TAKEN', message: '用户名已被使用' });
      // Usernames are unique across all accounts, not per community.
      const elsewhere = await t
        .as('staffB')
        .post('/api/liaisons')
        .send({ name: '赵六', duties: ['observer'], username: 'liaison-lxl' })
        .expect(409);
      expect(elsewhere.body.code).toBe('USERNAME_TAKEN');
      expect(await rows()).toEqual(before);
    });

    it.each([
      [{ name: '赵六', duties: [] }, 'duties', '职责至少1项'],
      [{ name: '赵六', duties: ['boss'] }, 'duties', expect.stringMatching(/^职责取值无效/)],
      [{ name: '赵六', duties: ['observer', 'observer'] }, 'duties', '职责不能有重复项'],
      [{ name: '赵六' }, 'duties', '职责必须填写'],
      [{ name: '', duties: ['observer'] }, 'name', '姓名不能为空'],
      [{ name: '赵六', duties: ['observer'], phone: '12345' }, 'phone', '电话格式不正确'],
      [{ name: '赵六', duties: ['observer'], username: 'Bad Name' }, 'username', '用户名格式不正确'],
    ])('refuses bad input %j (400), creating nothing', async (body, field, message) => {
      const before = await rows();
      const res = await t.as('staffA').post('/api/liaisons').send(body).expect(400);
      expect(res.body.details).toEqual([{ field, message }]);
      expect(await rows()).toEqual(before);
    });

    it.each(['gridSecretary1', 'streetAdmin', 'liaisonA', 'residentA', 'commandCenter'] as FixtureUser[])('is not for %s (403)', async (who) => {
      await t
        .as(who)
        .post('/api/liaisons')
        .send({ name: '赵六', duties: ['observer'] })
        .expect(403);
    });
  });

  describe('her work, counted from the appeals and feedback themselves', () => {
    it('counts reports (and proactive ones), feedback visits and participations, each liaison her own', async () => {
      // Two reports from liaisonA's rounds, one found before anyone complained (未诉即办).
      await file('liaisonA', { channel: 'liaison', content: '巡查发现2号楼门口井盖松动', proactive: true });
      await file('liaisonA', { channel: 'liaison', content: '居民反映楼道灯不亮', proactive: false });
      // A resident's appeal she is assigned to visit, and visits (feedback through the API).
      const visited = await file('residentA', { channel: 'online', content: '小区门口垃圾好几天没人清理' });
      await t.as('staffA').post(`/api/appeals/${visited}/accept`).send({}).expect(200);
      await t.as('staffA').post(`/api/appeals/${visited}/assign`).send({ liaisonId: ids().liaisonA }).expect(200);
      await t.as('liaisonA').post(`/api/appeals/${visited}/feedback`).send({ method: 'visit', content: '已上门告知处理进展' }).expect(200);
      // Assigned but not (yet) visited; staff's own feedback on it is not hers.
      const assigned = await file('residentA2', { channel: 'online', content: '3号楼楼顶漏水' });
      await t.as('staffA').post(`/api/appeals/${assigned}/accept`).send({}).expect(200);
      await t.as('staffA').post(`/api/appeals/${assigned}/assign`).send({ liaisonId: ids().liaisonA }).expect(200);
      await t.as('staffA').post(`/api/appeals/${assigned}/feedback`).send({ method: 'phone', content: '已电话联系物业' }).expect(200);
      // The registered liaison's own report counts for her only.
      const token = (await t.http.post('/api/auth/dev').send({ role: 'liaison', username: 'liaison-lxl' })).body.token as string;
      await t.http
        .post('/api/appeals')
        .set('Authorization', `Bearer ${token}`)
        .set('Idempotency-Key', `liaisons-${++key}`)
        .send({ channel: 'liaison', content: '巡查发现健身器材损坏', communityId: ids().a, proactive: true })
        .expect(201);

      expect((await info('staffA', ids().liaisonA)).counts).toEqual({ reports: 2, proactiveReports: 1, visits: 1, participations: 2 });
      expect((await info('staffA', registered.userId)).counts).toEqual({ reports: 1, proactiveReports: 1, visits: 0, participations: 0 });
      // The list counts the same, for every liaison at once.
      const all = await list('secretaryA');
      expect(all.find((l) => l.userId === ids().liaisonA)?.counts).toEqual({ reports: 2, proactiveReports: 1, visits: 1, participations: 2 });
      expect(all.find((l) => l.userId === registered.userId)?.counts).toEqual({ reports: 1, proactiveReports: 1, visits: 0, participations: 0 });
    });
  });

  describe('scope', () => {
    let liaisonB: LiaisonInfo;

    beforeAll(async () => {
      liaisonB = (
        await t
          .as('staffB')
          .post('/api/liaisons')
          .send({ name: '乙社区专员', duties: ['observer'] })
          .expect(201)
      ).body;
    });

    it('lists the community’s liaisons for its staff, the grid’s for the grid secretary, all for the street', async () => {
      const inA = (await list('staffA')).map((l) => l.userId);
      expect(inA).toContain(ids().liaisonA);
      expect(inA).toContain(registered.userId);
      expect(inA).not.toContain(liaisonB.userId);
      expect((await list('staffB')).map((l) => l.userId)).toEqual([liaisonB.userId]);
      const grid1 = (await list('gridSecretary1')).map((l) => l.userId);
      expect(grid1).toEqual(expect.arrayContaining([ids().liaisonA, registered.userId, liaisonB.userId]));
      expect(await list('gridSecretary2')).toEqual([]);
      expect((await list('streetAdmin')).length).toBe(grid1.length);
    });

    it('narrows with communityId, never widens', async () => {
      expect((await list('streetAdmin', `?communityId=${ids().b}`)).map((l) => l.userId)).toEqual([liaisonB.userId]);
      expect((await list('gridSecretary1', `?communityId=${ids().b}`)).map((l) => l.userId)).toEqual([liaisonB.userId]);
      expect(await list('staffA', `?communityId=${ids().b}`)).toEqual([]);
      expect(await list('gridSecretary2', `?communityId=${ids().a}`)).toEqual([]);
    });

    it('hides another community’s liaison (404) from reading and changing, and changes nothing', async () => {
      await t.as('staffB').get(`/api/liaisons/${ids().liaisonA}`).expect(404);
      await t.as('gridSecretary2').get(`/api/liaisons/${ids().liaisonA}`).expect(404);
      const before = await rows();
      await t
        .as('staffB')
        .put(`/api/liaisons/${ids().liaisonA}`)
        .send({ duties: ['mediator'] })
        .expect(404);
      await t.as('secretaryB').put(`/api/liaisons/${ids().liaisonA}`).send({ active: false }).expect(404);
      await t
        .as('staffB')
        .post(`/api/liaisons/${ids().liaisonA}/trainings`)
        .send({ title: '调解技巧', date: '2026-03-01T02:00:00.000Z', hours: 2 })
        .expect(404);
      expect(await rows()).toEqual(before);
    });

    it('is 404 for a user who is not a liaison', async () => {
      await t.as('staffA').get(`/api/liaisons/${t.fixtures.users.staffA2.id}`).expect(404);
      await t.as('staffA').put(`/api/liaisons/${t.fixtures.users.staffA2.id}`).send({ active: false }).expect(404);
    });

    it.each(['liaisonA', 'residentA', 'commandCenter', 'deptParks'] as FixtureUser[])('is not for %s (403)', async (who) => {
      await t.as(who).get('/api/liaisons').expect(403);
    });
  });

  describe('duties, trainings and leaving the registry', () => {
    it('changes her duties (writing the profile of a liaison who had none)', async () => {
      const updated = (
        await t
          .as('secretaryA')
          .put(`/api/liaisons/${ids().liaisonA}`)
          .send({ duties: ['observer', 'liaison'] })
          .expect(200)
      ).body;
      expect(updated).toMatchObject({ duties: ['observer', 'liaison'], active: true, joinedAt: t.fixtures.users.liaisonA.createdAt.toISOString() });
      expect(await t.dataSource.getRepository(LiaisonProfile).findOneBy({ userId: ids().liaisonA })).toMatchObject({
        communityId: ids().a,
        duties: ['observer', 'liaison'],
        active: true,
      });
    });

    it('refuses an empty change and bad duties (400)', async () => {
      await t.as('staffA').put(`/api/liaisons/${ids().liaisonA}`).send({}).expect(400);
      const res = await t
        .as('staffA')
        .put(`/api/liaisons/${ids().liaisonA}`)
        .send({ duties: ['chief'] })
        .expect(400);
      expect(res.body.details[0].field).toBe('duties');
    });

    it('records trainings (0.5–24 hours, to the half hour), newest first', async () => {
      await t
        .as('staffA')
        .post(`/api/liaisons/${ids().liaisonA}/trainings`)
        .send({ title: '矛盾调解技巧培训', date: '2026-02-10T01:00:00.000Z', hours: 2.5 })
        .expect(201);
      const res = await t
        .as('staffA')
        .post(`/api/liaisons/${ids().liaisonA}/trainings`)
        .send({ title: '政策宣讲', date: '2026-02-20T01:00:00.000Z', hours: 1 })
        .expect(201);
      expect((res.body as LiaisonInfo).trainings).toEqual([
        { id: expect.any(Number), title: '政策宣讲', date: '2026-02-20T01:00:00.000Z', hours: 1 },
        { id: expect.any(Number), title: '矛盾调解技巧培训', date: '2026-02-10T01:00:00.000Z', hours: 2.5 },
      ]);
      expect(await t.dataSource.getRepository(TrainingRecord).findOneByOrFail({ id: res.body.trainings[0].id })).toMatchObject({
        liaisonUserId: ids().liaisonA,
        recordedById: t.fixtures.users.staffA.id,
      });
    });

    it.each([
      [{ title: '培训', date: '2026-02-20T01:00:00.000Z', hours: 0 }, 'hours', '培训时长不能小于0.5'],
      [{ title: '培训', date: '2026-02-20T01:00:00.000Z', hours: 25 }, 'hours', '培训时长不能大于24'],
      [{ title: '培训', date: '2026-02-20T01:00:00.000Z', hours: 1.25 }, 'hours', '培训时长须以半小时为单位'],
      [{ title: '培训', date: '昨天', hours: 2 }, 'date', '日期格式不正确'],
      [{ date: '2026-02-20T01:00:00.000Z', hours: 2 }, 'title', expect.stringMatching(/必须填写$/)],
    ])('refuses a bad training %j (400), recording nothing', async (body, field, message) => {
      const before = await rows();
      const res = await t.as('staffA').post(`/api/liaisons/${ids().liaisonA}/trainings`).send(body).expect(400);
      expect(res.body.details).toEqual([{ field, message }]);
      expect(await rows()).toEqual(before);
    });

    it('takes her off the registry and closes her account; reopening restores both', async () => {
      const token = (await t.http.post('/api/auth/dev').send({ role: 'liaison', username: 'liaison-lxl' })).body.token as string;
      await t.http.get('/api/me/record').set('Authorization', `Bearer ${token}`).expect(200);

      const off = (await t.as('staffA').put(`/api/liaisons/${registered.userId}`).send({ active: false }).expect(200)).body as LiaisonInfo;
      expect(off.active).toBe(false);
      expect(await t.dataSource.getRepository(User).findOneByOrFail({ id: registered.userId })).toMatchObject({ active: false });
      await t.http.get('/api/me/record').set('Authorization', `Bearer ${token}`).expect(401);
      // Still on the list, marked as no longer serving; her counts stay.
      const listed = (await list('staffA')).find((l) => l.userId === registered.userId);
      expect(listed).toMatchObject({ active: false, counts: { reports: 1 } });

      const on = (await t.as('staffA').put(`/api/liaisons/${registered.userId}`).send({ active: true }).expect(200)).body as LiaisonInfo;
      expect(on.active).toBe(true);
      await t.http.get('/api/me/record').set('Authorization', `Bearer ${token}`).expect(200);
    });
  });
});
