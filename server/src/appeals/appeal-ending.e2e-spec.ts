import type { AppealDetail, DepartmentRanking, WhistleDetail } from '@lingjuli/shared';
import { In, IsNull } from 'typeorm';
import { NotificationOutbox } from '../notifications/notification-outbox.entity';
import type { FixtureUser } from '../testing/fixtures';
import { createTestApp, type TestApp } from '../testing/test-app';
import { Timer } from '../timers/timer.entity';
import { TimerDrain } from '../timers/timer-drain.service';
import { WhistleTarget } from '../whistles/whistle-target.entity';
import { AppealEvent } from './entities/appeal-event.entity';
import { DispatchOrder } from './entities/dispatch-order.entity';

const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;

/**
 * Withdrawal, rejection and closing (by rating, callback, secretary review or the auto-close) end
 * what hangs on the appeal: its open whistles, a pending dispatch order, its timers (issue item 3).
 */
describe('an appeal that ends takes what hangs on it along (real HTTP, real database)', () => {
  let t: TestApp;
  let key = 0;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const file = async (content: string): Promise<AppealDetail> =>
    (
      await t
        .as('residentA')
        .post('/api/appeals')
        .set('Idempotency-Key', `ending-${++key}`)
        .send({ channel: 'online', content, communityId: t.fixtures.communities.a.id, buildingId: t.fixtures.buildings.a1.id })
        .expect(201)
    ).body;
  const whistle = async (appealId: number, departments: ('cityManagement' | 'parks' | 'safety')[]): Promise<WhistleDetail> =>
    (
      await t
        .as('staffA')
        .post('/api/whistles')
        .send({ appealId, subject: '请到场处置', description: '请相关单位到场处置', departmentIds: departments.map((d) => t.fixtures.departments[d].id) })
        .expect(201)
    ).body;
  const whistleSeenBy = async (who: FixtureUser, id: number): Promise<WhistleDetail> => (await t.as(who).get(`/api/whistles/${id}`).expect(200)).body;
  const escalate = (id: number) =>
    t.act('secretaryA', id, 'escalate', {
      reason: '社区无力解决',
      consultedWithId: t.fixtures.users.gridSecretary1.id,
      consultationNote: '与网格书记协商，同意上报',
    });
  const lastEvent = async (id: number, type: string) =>
    (await t.dataSource.getRepository(AppealEvent).find({ where: { appealId: id, type: type as never }, order: { id: 'DESC' }, take: 1 }))[0];
  const told = async (kind: string, appealId: number) =>
    (await t.dataSource.getRepository(NotificationOutbox).findBy({ kind: kind as never, appealId })).map((n) => n.recipientId).sort((a, b) => a - b);
  const ids = (...users: FixtureUser[]) => users.map((u) => t.fixtures.users[u].id).sort((a, b) => a - b);
  const drain = () => t.app.get(TimerDrain).drain();

  /** The whistle is cancelled on its record, by the system, with the appeal's fate as the reason; nothing is left to do on it. */
  const expectCancelled = async (whistleId: number, reason: RegExp) => {
    const seen = await whistleSeenBy('staffA', whistleId);
    expect(seen).toMatchObject({ status: 'cancelled', actions: [] });
    expect(seen.events.at(-1)).toMatchObject({ type: 'cancel', actor: { role: 'system' } });
    expect(seen.events.at(-1)!.note).toMatch(reason);
    const parts = await t.dataSource.getRepository(WhistleTarget).findBy({ whistleId });
    expect(await t.dataSource.getRepository(Timer).countBy({ ownerType: 'whistleTarget', ownerId: In(parts.map((p) => p.id)), firedAt: IsNull() })).toBe(0);
  };

  it('withdrawing ends its open whistles: no report-in timer is left, the departments are told, nobody is flagged afterwards', async () => {
    t.clock.set('2026-03-02T10:00:00+08:00');
    const appeal = await file('楼前井盖松动，晚上有人踩空');
    await t.act('staffA', appeal.id, 'accept');
    const w = await whistle(appeal.id, ['cityManagement', 'parks']);
    await t.as('deptParks').post(`/api/whistles/${w.id}/report-in`).send({}).expect(200);

    t.clock.advance(HOUR);
    const withdrawn = await t.act('residentA', appeal.id, 'withdraw', { reason: '已自行联系物业解决' });
    expect(withdrawn.status).toBe('withdrawn');
    await expectCancelled(w.id, /诉求已撤回/);
    expect(await told('whistleCancelled', appeal.id)).toEqual(ids('deptCityManagement', 'deptParks'));
    // On the appeal's record too: the withdrawal's line names the whistle it ended.
    expect((await lastEvent(appeal.id, 'withdraw')).data).toMatchObject({ cancelledWhistles: [{ id: w.id, subject: '请到场处置' }] });
    expect(await t.dataSource.getRepository(Timer).countBy({ ownerType: 'appeal', ownerId: appeal.id })).toBe(0);

    // The report-in deadline passes: nothing fires, nobody is flagged, the department can no longer report in.
    t.clock.advance(2 * DAY);
    await drain();
    const city = await t.dataSource.getRepository(WhistleTarget).findOneByOrFail({ whistleId: w.id, departmentId: t.fixtures.departments.cityManagement.id });
    expect(city.reportInMissedAt).toBeNull();
    expect((await whistleSeenBy('staffA', w.id)).events.map((e) => e.type)).toEqual(['whistle', 'reportIn', 'cancel']);
    expect((await t.as('deptCityManagement').post(`/api/whistles/${w.id}/report-in`).send({})).status).toBe(409);
  });

  it('rejecting ends its whistles', async () => {
    t.clock.set('2026-03-03T10:00:00+08:00');
    const appeal = await file('邻居家的狗天天叫');
    const w = await whistle(appeal.id, ['cityManagement']);
    await t.act('staffA', appeal.id, 'reject', { reason: '不属于受理范围，已告知' });
    await expectCancelled(w.id, /诉求不予受理/);
  });

  it('withdrawing at the street cancels the pending dispatch order, on the timeline', async () => {
    t.clock.set('2026-03-04T10:00:00+08:00');
    const appeal = await file('小区围墙有裂缝，担心倒塌');
    await t.act('staffA', appeal.id, 'accept');
    await escalate(appeal.id);
    await t.act('residentA', appeal.id, 'withdraw');
    const order = await t.dataSource.getRepository(DispatchOrder).findOneByOrFail({ appealId: appeal.id });
    expect(order.status).toBe('cancelled');
    expect((await lastEvent(appeal.id, 'withdraw')).data).toMatchObject({ cancelledDispatchOrderId: order.id });
    const staffView = (await t.as('commandCenter').get(`/api/appeals/${appeal.id}`).expect(200)).body as AppealDetail;
    expect(staffView.dispatchOrder?.status).toBe('cancelled');
    const pending = await t.as('commandCenter').get('/api/dispatch-orders/pending').expect(200);
    expect(pending.body.map((a: { id: number }) => a.id)).not.toContain(appeal.id);
  });

  it('closing by the rating ends a pending dispatch order and the open whistles', async () => {
    t.clock.set('2026-03-05T10:00:00+08:00');
    const appeal = await file('楼道里电线裸露');
    await t.act('staffA', appeal.id, 'accept');
    await escalate(appeal.id);
    // The command centre solves it without dispatching; the community whistles meanwhile.
    const w = await whistle(appeal.id, ['cityManagement']);
    await t.act('commandCenter', appeal.id, 'resolve', { note: '已协调电工处理' });
    await t.act('staffA', appeal.id, 'feedback', { method: 'phone', content: '电线已处理' });
    const closed = await t.act('residentA', appeal.id, 'rating', { solved: true, satisfaction: 'satisfied' });
    expect(closed.status).toBe('closed');
    expect(closed.dispatchOrder?.status).toBe('cancelled');
    await expectCancelled(w.id, /诉求已关闭/);
    expect((await lastEvent(appeal.id, 'rate')).data).toMatchObject({ outcome: 'accepted', cancelledWhistles: [{ id: w.id }] });
  });

  it('the automatic close after 7 days unrated ends the open whistles too', async () => {
    t.clock.set('2026-03-06T10:00:00+08:00');
    const appeal = await file('路灯不亮了');
    await t.act('staffA', appeal.id, 'accept');
    const w = await whistle(appeal.id, ['cityManagement']);
    await t.act('staffA', appeal.id, 'resolve', { note: '已报修' });
    await t.act('staffA', appeal.id, 'feedback', { method: 'phone', content: '路灯已修好' });
    t.clock.advance(7 * DAY);
    await drain();
    await expectCancelled(w.id, /诉求已关闭/);
    expect((await lastEvent(appeal.id, 'close')).data).toMatchObject({ cancelledWhistles: [{ id: w.id }] });
  });

  it('what ended with a withdrawn appeal does not count against a department in the ranking', async () => {
    // 平安建设办公室 works on nothing else in this file.
    t.clock.set('2026-03-09T10:00:00+08:00');
    const whistled = await file('小区里有人私拉电线充电');
    await t.act('staffA', whistled.id, 'accept');
    await whistle(whistled.id, ['safety']);
    const dispatched = await file('楼下商铺油烟扰民');
    await t.act('staffA', dispatched.id, 'accept');
    await escalate(dispatched.id);
    await t.act('commandCenter', dispatched.id, 'dispatch', { leadDepartmentId: t.fixtures.departments.safety.id });
    t.clock.advance(HOUR);
    await t.act('residentA', whistled.id, 'withdraw');
    await t.act('residentA', dispatched.id, 'withdraw');

    // Long past both deadlines (24 hours to report in, 7 days to handle).
    t.clock.advance(10 * DAY);
    await drain();
    const period = await t.as('streetAdmin').post('/api/evaluation/periods').send({}).expect(201);
    const ranking = (await t.as('streetAdmin').get(`/api/evaluation/periods/${period.body.id}/ranking`).expect(200)).body as DepartmentRanking;
    const safety = ranking.rows.find((r) => r.departmentId === t.fixtures.departments.safety.id)!;
    expect(safety.measures).toMatchObject({ whistleOnTime: null, dispatchOnTime: null });
  });
});
