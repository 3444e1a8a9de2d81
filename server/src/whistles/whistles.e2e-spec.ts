import { NEXT_CURSOR_HEADER, WHISTLE_REPORT_IN_MS, type AppealDetail, type WhistleDetail } from '@lingjuli/shared';
import { In } from 'typeorm';
import { AppealEvent } from '../appeals/entities/appeal-event.entity';
import { NotificationOutbox } from '../notifications/notification-outbox.entity';
import type { FixtureUser } from '../testing/fixtures';
import { createTestApp, type TestApp } from '../testing/test-app';
import { Timer } from '../timers/timer.entity';
import { WhistleEvent } from './whistle-event.entity';
import { WhistleTarget } from './whistle-target.entity';

describe('whistles 吹哨 (real database, real HTTP)', () => {
  let t: TestApp;
  let key = 0;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const parks = () => t.fixtures.departments.parks;
  const city = () => t.fixtures.departments.cityManagement;
  const file = async (content: string, communityId = t.fixtures.communities.a.id, by: FixtureUser = 'residentA'): Promise<AppealDetail> =>
    (await t.as(by).post('/api/appeals').set('Idempotency-Key', `whistles-${++key}`).send({ channel: 'online', content, communityId }).expect(201)).body;
  const whistle = async (body: object, by: FixtureUser = 'staffA'): Promise<WhistleDetail> =>
    (await t.as(by).post('/api/whistles').send(body).expect(201)).body;
  const targets = (whistleId: number) => t.dataSource.getRepository(WhistleTarget).find({ where: { whistleId }, order: { id: 'ASC' } });
  const events = (whistleId: number) => t.dataSource.getRepository(WhistleEvent).find({ where: { whistleId }, order: { id: 'ASC' } });
  const pendingTimers = async (whistleId: number) =>
    (
      await t.dataSource
        .getRepository(Timer)
        .findBy({ ownerType: 'whistleTarget', ownerId: In((await targets(whistleId)).map((part) => part.id)), kind: 'whistleReportIn' })
    ).filter((r) => r.fireAt !== null);

  it('the fallen tree: the community whistles the parks bureau and city management; both report in, act and complete; the community closes and rates each', async () => {
    t.clock.set('2026-03-02T08:00:00+08:00');
    const appeal = await file('昨晚大风把甲1号楼旁边的大杨树吹倒了，横在小路上，大家都过不去。');
    await t.as('staffA').post(`/api/appeals/${appeal.id}/accept`).send({ tier: 'utility' }).expect(200);

    t.clock.set('2026-03-02T08:10:00+08:00');
    const created = await whistle({
      appealId: appeal.id,
      subject: '大树倒伏阻断小路',
      description: '甲1号楼旁大杨树被风吹倒，横在小路上，需要切割清运。',
      departmentIds: [parks().id, city().id],
    });
    // The appeal's tier sets the report-in time: utility, 2 hours.
    expect(created).toMatchObject({
      communityId: t.fixtures.communities.a.id,
      communityName: '测试甲社区',
      appealId: appeal.id,
      tier: 'utility',
      status: 'open',
      reportInDueAt: new Date(new Date('2026-03-02T08:10:00+08:00').getTime() + WHISTLE_REPORT_IN_MS.utility).toISOString(),
      createdBy: { id: t.fixtures.users.staffA.id },
      actions: [],
    });
    expect(created.targets.map((x) => [x.departmentName, x.status])).toEqual([
      ['区园林绿化局', 'whistled'],
      ['城市管理办公室', 'whistled'],
    ]);
    expect(created.events.map((e) => e.type)).toEqual(['whistle']);
    expect(await pendingTimers(created.id)).toHaveLength(2);

    // The departments' staff are told; the appeal's public timeline says who was whistled.
    const told = await t.dataSource.getRepository(NotificationOutbox).findBy({ kind: 'whistled' });
    expect(told.map((n) => n.recipientId).sort()).toEqual([t.fixtures.users.deptParks.id, t.fixtures.users.deptCityManagement.id].sort());
    expect(told[0]).toMatchObject({ appealId: appeal.id, title: '测试甲社区吹哨，请按时报到' });
    const seen = (await t.as('residentA').get(`/api/appeals/${appeal.id}`).expect(200)).body as AppealDetail;
    const line = seen.timeline.find((e) => e.type === 'whistle');
    expect(line).toMatchObject({ visibility: 'public', actor: { id: t.fixtures.users.staffA.id } });
    expect(line!.note).toContain('区园林绿化局、城市管理办公室');

    // The parks bureau reports in, and its timer goes.
    t.clock.set('2026-03-02T08:25:00+08:00');
    expect((await t.as('deptParks').get(`/api/whistles/${created.id}`).expect(200)).body.actions).toEqual(['reportIn']);
    const reported = await t.as('deptParks').post(`/api/whistles/${created.id}/report-in`).send({ note: '绿化队已出发' }).expect(200);
    expect(reported.body.targets[0]).toMatchObject({
      status: 'reportedIn',
      reportedInAt: '2026-03-02T00:25:00.000Z',
      reportedInBy: { id: t.fixtures.users.deptParks.id },
      reportInMissed: false,
    });
    expect(reported.body.actions).toEqual(['progress', 'complete']);
    const [parksPart, cityPart] = await targets(created.id);
    expect((await pendingTimers(created.id)).map((r) => r.ownerId)).toEqual([cityPart.id]);
    expect(parksPart.departmentId).toBe(parks().id);

    await t.as('deptCityManagement').post(`/api/whistles/${created.id}/report-in`).send({}).expect(200);
    expect(await pendingTimers(created.id)).toHaveLength(0);

    t.clock.set('2026-03-02T09:30:00+08:00');
    await t.as('deptParks').post(`/api/whistles/${created.id}/progress`).send({ content: '正在切割树干' }).expect(200);
    t.clock.set('2026-03-02T10:30:00+08:00');
    await t.as('deptParks').post(`/api/whistles/${created.id}/complete`).send({ note: '倒伏树木已切割清运，小路恢复通行' }).expect(200);
    // Not yet: city management has not completed.
    expect((await t.as('staffA').get(`/api/whistles/${created.id}`).expect(200)).body.actions).toEqual([]);
    await t.as('deptCityManagement').post(`/api/whistles/${created.id}/complete`).send({ note: '已清扫路面枝叶' }).expect(200);
    expect((await t.as('staffA').get(`/api/whistles/${created.id}`).expect(200)).body.actions).toEqual(['close']);

    t.clock.set('2026-03-02T11:00:00+08:00');
    const closed = await t
      .as('secretaryA')
      .post(`/api/whistles/${created.id}/close`)
      .send({
        ratings: [
          { departmentId: city().id, rating: 'basicallySatisfied' },
          { departmentId: parks().id, rating: 'satisfied', comment: '到场快，处置利落' },
        ],
      })
      .expect(200);
    expect(closed.body).toMatchObject({ status: 'closed', actions: [] });
    expect(
      closed.body.targets.map((x: { departmentName: string; status: string; rating: string; ratingComment: string | null }) => [
        x.departmentName,
        x.status,
        x.rating,
        x.ratingComment,
      ]),
    ).toEqual([
      ['区园林绿化局', 'completed', 'satisfied', '到场快，处置利落'],
      ['城市管理办公室', 'completed', 'basicallySatisfied', null],
    ]);
    expect(closed.body.targets[0].completionNote).toBe('倒伏树木已切割清运，小路恢复通行');
    expect(closed.body.events.map((e: { type: string; departmentName: string | null }) => [e.type, e.departmentName])).toEqual([
      ['whistle', null],
      ['reportIn', '区园林绿化局'],
      ['reportIn', '城市管理办公室'],
      ['progress', '区园林绿化局'],
      ['complete', '区园林绿化局'],
      ['complete', '城市管理办公室'],
      ['close', null],
    ]);
    expect(closed.body.events.at(-1).note).toBe('城市管理办公室：基本满意；区园林绿化局：满意');

    // Lists: by appeal and status, in the community's and the department's views.
    const byAppeal = await t.as('staffA').get(`/api/whistles?appealId=${appeal.id}`).expect(200);
    expect(byAppeal.body.map((w: { id: number }) => w.id)).toEqual([created.id]);
    expect((await t.as('staffA').get(`/api/whistles?appealId=${appeal.id}&status=open`).expect(200)).body).toEqual([]);
    expect((await t.as('deptParks').get('/api/whistles?status=closed').expect(200)).body.map((w: { id: number }) => w.id)).toContain(created.id);
    // Moves after the close are refused.
    const again = await t.as('deptParks').post(`/api/whistles/${created.id}/progress`).send({ content: '补充' }).expect(409);
    expect(again.body.message).toMatch(/[\u4e00-\u9fa5]/);
    await t
      .as('secretaryA')
      .post(`/api/whistles/${created.id}/close`)
      .send({ ratings: [{ departmentId: parks().id, rating: 'satisfied' }] })
      .expect(409);
  });

  it('a community matter without an appeal defaults to the ordinary report-in time; a whistle may set its own', async () => {
    t.clock.set('2026-03-03T09:00:00+08:00');
    const plain = await whistle({ subject: '社区花园枯树清理', description: '花园里两棵枯树需要清理', departmentIds: [parks().id] });
    expect(plain).toMatchObject({ appealId: null, tier: 'ordinary', reportInDueAt: '2026-03-04T01:00:00.000Z' });
    const own = await whistle({ subject: '井盖松动', description: '甲2号楼前井盖松动', tier: 'emergency', departmentIds: [city().id], reportInMinutes: 45 });
    expect(own).toMatchObject({ tier: 'emergency', reportInDueAt: '2026-03-03T01:45:00.000Z' });
  });

  describe('refusals', () => {
    let only: WhistleDetail;
    beforeAll(async () => {
      t.clock.set('2026-03-04T09:00:00+08:00');
      only = await whistle({ subject: '行道树枝遮挡路灯', description: '甲2号楼前树枝遮挡路灯', departmentIds: [parks().id] });
    });

    it("a department cannot report in on another department's whistle, and a department not whistled does not see it", async () => {
      const before = await targets(only.id);
      const moves: [string, object][] = [
        ['report-in', { note: '已报到' }],
        ['progress', { content: '正在处理' }],
        ['complete', { note: '已处理' }],
      ];
      for (const [path, body] of moves) await t.as('deptCityManagement').post(`/api/whistles/${only.id}/${path}`).send(body).expect(404);
      await t.as('deptCityManagement').get(`/api/whistles/${only.id}`).expect(404);
      expect((await t.as('deptCityManagement').get('/api/whistles').expect(200)).body.map((w: { id: number }) => w.id)).not.toContain(only.id);
      expect(await targets(only.id)).toEqual(before);
      expect((await events(only.id)).map((e) => e.type)).toEqual(['whistle']);
      // Nor can anyone but department staff report in.
      await t.as('staffA').post(`/api/whistles/${only.id}/report-in`).send({}).expect(403);
    });

    it('progress before report-in, report-in twice and report-in after completion are 409 in Chinese', async () => {
      const early = await t.as('deptParks').post(`/api/whistles/${only.id}/progress`).send({ content: '已安排' }).expect(409);
      expect(early.body).toMatchObject({ code: 'WHISTLE_NOT_REPORTED_IN', message: '请先报到，再填写进展' });
      await t.as('deptParks').post(`/api/whistles/${only.id}/complete`).send({ note: '完成' }).expect(409);
      await t.as('deptParks').post(`/api/whistles/${only.id}/report-in`).send({}).expect(200);
      expect((await t.as('deptParks').post(`/api/whistles/${only.id}/report-in`).send({}).expect(409)).body.message).toBe('本单位已经报到');
      await t.as('deptParks').post(`/api/whistles/${only.id}/complete`).send({ note: '已修剪树枝' }).expect(200);
      const late = await t.as('deptParks').post(`/api/whistles/${only.id}/report-in`).send({}).expect(409);
      expect(late.body).toMatchObject({ code: 'WHISTLE_ALREADY_REPORTED_IN', message: '本单位已办结，不能再报到' });
    });

    it('close before every department completed is 409; a missing, extra, repeated or unknown rating is 400 by field', async () => {
      const two = await whistle({ subject: '绿地积水', description: '甲1号楼东侧绿地积水', departmentIds: [parks().id, city().id] });
      const ratings = [
        { departmentId: parks().id, rating: 'satisfied' },
        { departmentId: city().id, rating: 'satisfied' },
      ];
      const early = await t.as('staffA').post(`/api/whistles/${two.id}/close`).send({ ratings }).expect(409);
      expect(early.body).toMatchObject({ code: 'WHISTLE_NOT_COMPLETED', message: '区园林绿化局、城市管理办公室尚未办结，不能结束吹哨' });
      for (const user of ['deptParks', 'deptCityManagement'] as const) {
        await t.as(user).post(`/api/whistles/${two.id}/report-in`).send({}).expect(200);
        await t.as(user).post(`/api/whistles/${two.id}/complete`).send({ note: '已处理' }).expect(200);
      }
      const missing = await t
        .as('staffA')
        .post(`/api/whistles/${two.id}/close`)
        .send({ ratings: [ratings[0]] })
        .expect(400);
      expect(missing.body.details).toEqual([{ field: 'ratings', message: '请评价城市管理办公室的响应情况' }]);
      const extra = await t
        .as('staffA')
        .post(`/api/whistles/${two.id}/close`)
        .send({ ratings: [...ratings, { departmentId: t.fixtures.departments.safety.id, rating: 'satisfied' }] })
        .expect(400);
      expect(extra.body.details).toEqual([{ field: 'ratings.2.departmentId', message: '该单位不在此次吹哨之列' }]);
      const twice = await t
        .as('staffA')
        .post(`/api/whistles/${two.id}/close`)
        .send({ ratings: [ratings[0], ratings[0]] })
        .expect(400);
      expect(twice.body.details[0].field).toBe('ratings.1.departmentId');
      const outOfEnum = await t
        .as('staffA')
        .post(`/api/whistles/${two.id}/close`)
        .send({ ratings: [ratings[0], { departmentId: city().id, rating: 'great' }] })
        .expect(400);
      expect(outOfEnum.body.details).toEqual([{ field: 'ratings.1.rating', message: expect.stringContaining('评价等级取值无效') }]);
      await t.as('staffA').post(`/api/whistles/${two.id}/close`).send({ ratings: [] }).expect(400);
      // Nothing was recorded by the refused closes.
      expect((await targets(two.id)).every((x) => x.rating === null)).toBe(true);
      await t.as('staffA').post(`/api/whistles/${two.id}/close`).send({ ratings }).expect(200);
    });

    it("community B cannot see or close community A's whistle; the grid and the street see it, read-only", async () => {
      await t.as('staffB').get(`/api/whistles/${only.id}`).expect(404);
      await t
        .as('secretaryB')
        .post(`/api/whistles/${only.id}/close`)
        .send({ ratings: [{ departmentId: parks().id, rating: 'satisfied' }] })
        .expect(404);
      expect((await t.as('staffB').get('/api/whistles').expect(200)).body).toEqual([]);
      await t.as('gridSecretary2').get(`/api/whistles/${only.id}`).expect(404);
      const grid = await t.as('gridSecretary1').get(`/api/whistles/${only.id}`).expect(200);
      expect(grid.body.actions).toEqual([]);
      await t.as('commandCenter').get(`/api/whistles/${only.id}`).expect(200);
      await t
        .as('gridSecretary1')
        .post(`/api/whistles/${only.id}/close`)
        .send({ ratings: [{ departmentId: parks().id, rating: 'satisfied' }] })
        .expect(403);
      await t.as('residentA').get(`/api/whistles/${only.id}`).expect(403);
      expect((await targets(only.id))[0].rating).toBeNull();
    });

    it('whistling is for community staff about their own open appeals, to existing departments', async () => {
      const appealB = await file('乙1号楼前的树倒了', t.fixtures.communities.b.id, 'residentB');
      const base = { subject: '树木倒伏', description: '需要清理', departmentIds: [parks().id] };
      await t
        .as('staffA')
        .post('/api/whistles')
        .send({ ...base, appealId: appealB.id })
        .expect(404);
      await t.as('deptParks').post('/api/whistles').send(base).expect(403);
      await t.as('commandCenter').post('/api/whistles').send(base).expect(403);
      const unknown = await t
        .as('staffA')
        .post('/api/whistles')
        .send({ ...base, departmentIds: [parks().id, 99999] })
        .expect(400);
      expect(unknown.body.details).toEqual([{ field: 'departmentIds.1', message: '被吹哨单位不存在或已停用' }]);
      const dup = await t
        .as('staffA')
        .post('/api/whistles')
        .send({ ...base, departmentIds: [parks().id, parks().id] })
        .expect(400);
      expect(dup.body.details[0]).toMatchObject({ field: 'departmentIds', message: '被吹哨单位不能有重复项' });
      await t
        .as('staffA')
        .post('/api/whistles')
        .send({ ...base, departmentIds: [] })
        .expect(400);
      const tooShort = await t
        .as('staffA')
        .post('/api/whistles')
        .send({ ...base, reportInMinutes: 5 })
        .expect(400);
      expect(tooShort.body.details[0].field).toBe('reportInMinutes');
      await t
        .as('staffA')
        .post('/api/whistles')
        .send({ ...base, reportInMinutes: 8 * 24 * 60 })
        .expect(400);
      await t
        .as('staffA')
        .post('/api/whistles')
        .send({ ...base, tier: 'urgent' })
        .expect(400);
      // A finished appeal takes no more whistles.
      const withdrawn = await file('楼下大树歪了，怕倒');
      await t.as('residentA').post(`/api/appeals/${withdrawn.id}/withdraw`).send({}).expect(200);
      await t
        .as('staffA')
        .post('/api/whistles')
        .send({ ...base, appealId: withdrawn.id })
        .expect(409);
    });
  });

  it('a whistled department sees the appeal it was whistled about (and may add notes), not other appeals', async () => {
    t.clock.set('2026-03-05T09:00:00+08:00');
    const appeal = await file('甲2号楼旁的大树树枝断裂，挂在半空');
    await t.as('deptCityManagement').get(`/api/appeals/${appeal.id}`).expect(404);
    await whistle({ appealId: appeal.id, subject: '断枝悬挂', description: '需要高空作业', departmentIds: [city().id] });
    await t.as('deptCityManagement').get(`/api/appeals/${appeal.id}`).expect(200);
    await t.as('deptCityManagement').post(`/api/appeals/${appeal.id}/notes`).send({ content: '已安排高空作业车', visibility: 'internal' }).expect(200);
    await t.as('deptParks').get(`/api/appeals/${appeal.id}`).expect(404);
    expect(await t.dataSource.getRepository(AppealEvent).countBy({ appealId: appeal.id, type: 'whistle' })).toBe(1);
  });

  it('the list pages by a cursor in the Next-Cursor header (none on a last page); a cursor not of the list is a 400 on `cursor`', async () => {
    const list = await t.as('streetAdmin').get('/api/whistles').expect(200);
    expect(Array.isArray(list.body)).toBe(true);
    expect(list.headers[NEXT_CURSOR_HEADER.toLowerCase()]).toBeUndefined();
    const other = Buffer.from(JSON.stringify(['pending', '2026-03-02T02:00:00.000Z', 1])).toString('base64url');
    for (const path of [`/api/whistles?cursor=${other}`, '/api/whistles?cursor=%25%25', '/api/dispatch-orders/pending?cursor=abc']) {
      const refused = await t
        .as(path.includes('dispatch') ? 'commandCenter' : 'streetAdmin')
        .get(path)
        .expect(400);
      expect(refused.body).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: [expect.objectContaining({ field: 'cursor', message: expect.stringMatching(/[\u4e00-\u9fa5]/) })],
      });
    }
  });
});
