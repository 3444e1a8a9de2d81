import type { AppealDetail } from '@lingjuli/shared';
import { Appeal } from '../appeals/entities/appeal.entity';
import { AppealEvent } from '../appeals/entities/appeal-event.entity';
import { DispatchOrder } from '../appeals/entities/dispatch-order.entity';
import { SupervisionFlag } from '../appeals/entities/supervision-flag.entity';
import { InboxMessage } from '../notifications/inbox-message.entity';
import { NotificationOutbox } from '../notifications/notification-outbox.entity';
import { OutboxDispatcher } from '../notifications/outbox-dispatcher.service';
import type { FixtureUser } from '../testing/fixtures';
import { createTestApp, type TestApp } from '../testing/test-app';
import { Timer } from './timer.entity';
import { TimerDrain } from './timer-drain.service';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('the four-tier timers (real database, a clock the test moves)', () => {
  let t: TestApp;
  let key = 0;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const drain = () => t.app.get(TimerDrain).drain();
  const at = (local: string) => t.clock.set(new Date(local));
  const file = async (content: string, by: FixtureUser = 'residentA', extra: object = {}): Promise<AppealDetail> =>
    (
      await t
        .as(by)
        .post('/api/appeals')
        .set('Idempotency-Key', `timers-${++key}`)
        .send({ channel: by === 'residentA' ? 'online' : 'hotline', content, communityId: t.fixtures.communities.a.id, ...extra })
        .expect(201)
    ).body;
  const appeal = (id: number) => t.dataSource.getRepository(Appeal).findOneByOrFail({ id });
  const events = (id: number, type: string) => t.dataSource.getRepository(AppealEvent).countBy({ appealId: id, type: type as never });
  const outbox = (id: number, kind: string) =>
    t.dataSource.getRepository(NotificationOutbox).find({ where: { appealId: id, kind: kind as never }, order: { recipientId: 'ASC' } });
  const timer = (id: number, kind: string) => t.dataSource.getRepository(Timer).findOneBy({ ownerType: 'appeal', ownerId: id, kind });

  describe('deadlines of the four tiers', () => {
    it('emergency received 10:00:00 is due 10:30:00: not breached at 10:30:00.000, breached at 10:30:00.001', async () => {
      at('2026-03-02T10:00:00.000+08:00');
      const filed = await file('楼道里有很浓的煤气味，燃气泄漏');
      expect(filed.dueAt).toBe('2026-03-02T02:30:00.000Z');

      at('2026-03-02T10:30:00.000+08:00');
      await drain();
      expect((await appeal(filed.id)).breachedAt).toBeNull();
      expect(await events(filed.id, 'breach')).toBe(0);

      at('2026-03-02T10:30:00.001+08:00');
      await drain();
      const row = await appeal(filed.id);
      expect(row.breachedAt?.toISOString()).toBe('2026-03-02T02:30:00.000Z');
      expect(row).toMatchObject({ supervised: true, level: 'street' });
      expect(await events(filed.id, 'breach')).toBe(1);
      const order = await t.dataSource.getRepository(DispatchOrder).findOneByOrFail({ appealId: filed.id });
      expect(order).toMatchObject({ status: 'pending', requestedById: null });
      // The community secretary and the grid secretary are told.
      const told = (await outbox(filed.id, 'deadlineBreached')).map((n) => n.recipientId);
      expect(told).toEqual([t.fixtures.users.secretaryA.id, t.fixtures.users.gridSecretary1.id].sort((a, b) => a - b));
    });

    it.each([
      ['utility received the evening before the Spring Festival', '今天晚上家里突然停电了', '2026-02-16T20:00:00+08:00', '2026-02-17T12:00:00.000Z'],
      ['ordinary received 30 Sep 09:00', '小区门口的垃圾没人清理', '2026-09-30T09:00:00+08:00', '2026-10-07T01:00:00.000Z'],
      ['complex received 1 Mar 09:00', '我们单元想加装电梯', '2026-03-01T09:00:00+08:00', '2026-03-16T01:00:00.000Z'],
    ])('%s is due in natural time, no holidays', async (_title, content, receivedAt, due) => {
      at(receivedAt);
      const filed = await file(content);
      expect(filed.dueAt).toBe(due);
      expect((await timer(filed.id, 'breach'))?.fireAt?.toISOString()).toBe(new Date(new Date(due).getTime() + 1).toISOString());
    });
  });

  it('warns the handler at 80% of the window, once', async () => {
    at('2026-03-03T10:00:00+08:00');
    const filed = await file('楼下有人打架，很危险');
    await t.as('staffA').post(`/api/appeals/${filed.id}/accept`).send({}).expect(200);
    at('2026-03-03T10:23:59.999+08:00');
    await drain();
    expect(await outbox(filed.id, 'deadlineWarning')).toHaveLength(0);
    at('2026-03-03T10:24:00+08:00');
    await drain();
    await drain();
    const warnings = await outbox(filed.id, 'deadlineWarning');
    expect(warnings.map((n) => n.recipientId)).toEqual([t.fixtures.users.staffA.id]);
    expect(warnings[0].body).toContain('3月3日 10:30');
  });

  it('a met deadline has no breach', async () => {
    at('2026-03-04T10:00:00+08:00');
    const filed = await file('家里停水了');
    await t.as('staffA').post(`/api/appeals/${filed.id}/accept`).send({}).expect(200);
    await t.as('staffA').post(`/api/appeals/${filed.id}/feedback`).send({ method: 'phone', content: '已联系自来水公司' }).expect(200);
    expect(await timer(filed.id, 'breach')).toBeNull();
    t.clock.advance(2 * DAY);
    await drain();
    expect((await appeal(filed.id)).breachedAt).toBeNull();
  });

  describe('tier changes', () => {
    it('an ordinary appeal changed to emergency at 10:00 is due 10:30, and its timers follow', async () => {
      at('2026-03-01T09:00:00+08:00');
      const filed = await file('楼道堆满杂物');
      at('2026-03-05T10:00:00+08:00');
      const res = await t.as('staffA').post(`/api/appeals/${filed.id}/retriage`).send({ tier: 'emergency', note: '杂物起火' }).expect(200);
      expect(res.body.dueAt).toBe('2026-03-05T02:30:00.000Z');
      expect((await timer(filed.id, 'breach'))?.fireAt?.toISOString()).toBe('2026-03-05T02:30:00.001Z');
      expect((await timer(filed.id, 'warning'))?.fireAt?.toISOString()).toBe('2026-03-05T02:24:00.000Z');
      at('2026-03-05T10:30:00.001+08:00');
      await drain();
      expect((await appeal(filed.id)).breachedAt?.toISOString()).toBe('2026-03-05T02:30:00.000Z');
    });

    it("an extended deadline's old timer never fires", async () => {
      at('2026-03-06T10:00:00+08:00');
      const filed = await file('楼道里有人被困在电梯里');
      expect(filed.tier).toBe('emergency');
      const before = await timer(filed.id, 'breach');
      at('2026-03-06T10:05:00+08:00');
      await t.as('staffA').post(`/api/appeals/${filed.id}/retriage`).send({ tier: 'ordinary', note: '已救出，电梯维修转为一般诉求' }).expect(200);
      const after = await timer(filed.id, 'breach');
      expect(after!.id).toBe(before!.id); // replaced in place, not added
      expect(after!.version).toBe(before!.version + 1);
      expect(after!.fireAt?.toISOString()).toBe('2026-03-13T02:00:00.001Z');
      at('2026-03-06T11:00:00+08:00');
      await drain();
      expect(await events(filed.id, 'breach')).toBe(0);
      expect(await t.dataSource.getRepository(Timer).countBy({ ownerType: 'appeal', ownerId: filed.id })).toBe(2);
    });
  });

  it('after downtime, the first pass escalates every passed deadline at its real due time and sends no stale warning', async () => {
    const ids: number[] = [];
    for (const minute of ['00', '05', '10']) {
      at(`2026-03-10T10:${minute}:00+08:00`);
      ids.push((await file(`楼道里着火冒烟了 ${minute}`)).id);
    }
    // Every process is down from 10:10 until an hour past the last deadline (10:40).
    at('2026-03-10T11:40:00+08:00');
    const result = await drain();
    expect(result.failed).toBe(0);
    const rows = await Promise.all(ids.map(appeal));
    expect(rows.map((r) => r.breachedAt?.toISOString())).toEqual(['2026-03-10T02:30:00.000Z', '2026-03-10T02:35:00.000Z', '2026-03-10T02:40:00.000Z']);
    expect(rows.every((r) => r.level === 'street' && r.supervised)).toBe(true);
    for (const id of ids) {
      expect(await outbox(id, 'deadlineWarning')).toHaveLength(0);
      expect(await events(id, 'breach')).toBe(1);
    }
  });

  it('processing a breach twice has its effect once', async () => {
    at('2026-03-11T10:00:00+08:00');
    const filed = await file('有人晕倒在楼道里');
    at('2026-03-11T10:31:00+08:00');
    await drain();
    // Make the fired timer due again, as if a crashed process had not recorded that it fired.
    await t.dataSource
      .getRepository(Timer)
      .update({ ownerType: 'appeal', ownerId: filed.id, kind: 'breach' }, { fireAt: new Date('2026-03-11T02:30:00.001Z'), firedAt: null });
    await drain();
    expect(await events(filed.id, 'breach')).toBe(1);
    expect(await t.dataSource.getRepository(SupervisionFlag).countBy({ appealId: filed.id })).toBe(1);
    expect(await t.dataSource.getRepository(DispatchOrder).countBy({ appealId: filed.id })).toBe(1);
    expect(await outbox(filed.id, 'deadlineBreached')).toHaveLength(2);
  });

  it('a street-level breach goes to street leadership with a task-force suggestion', async () => {
    at('2026-03-12T10:00:00+08:00');
    const filed = await file('楼顶有人要跳楼');
    await t.as('staffA').post(`/api/appeals/${filed.id}/accept`).send({}).expect(200);
    await t
      .as('staffA')
      .post(`/api/appeals/${filed.id}/escalate`)
      .send({ reason: '需要公安处置', consultedWithId: t.fixtures.users.gridSecretary1.id, consultationNote: '电话协商同意' })
      .expect(200);
    at('2026-03-12T10:30:00.001+08:00');
    await drain();
    const told = (await outbox(filed.id, 'streetDeadlineBreached')).map((n) => n.recipientId).sort((a, b) => a - b);
    expect(told).toEqual([t.fixtures.users.commandCenter.id, t.fixtures.users.streetAdmin.id].sort((a, b) => a - b));
    const entry = await t.dataSource.getRepository(AppealEvent).findOneByOrFail({ appealId: filed.id, type: 'breach' });
    expect(entry.data).toMatchObject({ suggestTaskForce: true, escalatedTo: null });
  });

  it('a breach at task-force level goes to street leadership and the task force’s lead department, suggesting no task force (issue item 6)', async () => {
    at('2026-03-13T10:00:00+08:00');
    const filed = await file('楼道里燃气泄漏，味道很大');
    await t.as('staffA').post(`/api/appeals/${filed.id}/accept`).send({}).expect(200);
    await t
      .as('commandCenter')
      .post(`/api/appeals/${filed.id}/task-force`)
      .send({ name: '燃气隐患专班', leadDepartmentId: t.fixtures.departments.parks.id, memberDepartmentIds: [t.fixtures.departments.safety.id] })
      .expect(201);
    at('2026-03-13T10:30:00.001+08:00');
    await drain();
    const { users } = t.fixtures;
    const notices = await outbox(filed.id, 'streetDeadlineBreached');
    expect(notices.map((n) => n.recipientId).sort((a, b) => a - b)).toEqual(
      [users.commandCenter.id, users.deptParks.id, users.streetAdmin.id].sort((a, b) => a - b),
    );
    for (const n of notices) expect(`${n.title}${n.body}`).not.toContain('建议成立专班');
    expect(notices[0].body).toContain('燃气隐患专班');
    const entry = await t.dataSource.getRepository(AppealEvent).findOneByOrFail({ appealId: filed.id, type: 'breach' });
    expect(entry.note).not.toContain('建议成立专班');
    expect(entry.note).toContain('专班');
    expect(entry.data).toMatchObject({ suggestTaskForce: false, escalatedTo: null });
  });

  describe('complex appeals: a public progress note every 72 hours', () => {
    it('publishing progress resets the 72-hour reminder; a missed note reminds, then flags for supervision', async () => {
      at('2026-04-01T09:00:00+08:00');
      const filed = await file('希望小区加装电梯，老人上下楼困难');
      expect(filed.progressDueAt).toBe('2026-04-04T01:00:00.000Z');
      await t.as('staffA').post(`/api/appeals/${filed.id}/accept`).send({}).expect(200);

      at('2026-04-03T09:00:00+08:00');
      await t.as('staffA').post(`/api/appeals/${filed.id}/notes`).send({ content: '已完成实地测量', visibility: 'public' }).expect(200);
      expect((await timer(filed.id, 'progressReminder'))?.fireAt?.toISOString()).toBe('2026-04-06T01:00:00.001Z');
      // The old 72 hours pass without a reminder: the note reset them.
      at('2026-04-04T09:00:01+08:00');
      await drain();
      expect(await outbox(filed.id, 'progressReminder')).toHaveLength(0);

      at('2026-04-06T09:00:01+08:00');
      await drain();
      expect((await outbox(filed.id, 'progressReminder')).map((n) => n.recipientId)).toEqual([t.fixtures.users.staffA.id]);
      expect((await appeal(filed.id)).supervised).toBe(false);

      at('2026-04-07T09:00:01+08:00');
      await drain();
      expect((await appeal(filed.id)).supervised).toBe(true);
      expect(await t.dataSource.getRepository(SupervisionFlag).findBy({ appealId: filed.id, reason: 'progressMissed' })).toHaveLength(1);
      expect(await events(filed.id, 'progressOverdue')).toBe(1);
    });
  });

  it('closes an appeal fed back but not rated for 7 days', async () => {
    at('2026-05-01T09:00:00+08:00');
    const filed = await file('路灯不亮了');
    await t.as('staffA').post(`/api/appeals/${filed.id}/accept`).send({}).expect(200);
    await t.as('staffA').post(`/api/appeals/${filed.id}/resolve`).send({ note: '已修复' }).expect(200);
    await t.as('staffA').post(`/api/appeals/${filed.id}/feedback`).send({ method: 'phone', content: '路灯已修复' }).expect(200);
    at('2026-05-08T08:59:59+08:00');
    await drain();
    expect((await appeal(filed.id)).status).toBe('fedBack');
    at('2026-05-08T09:00:00+08:00');
    await drain();
    expect((await appeal(filed.id)).status).toBe('closed');
    const close = await t.dataSource.getRepository(AppealEvent).findOneByOrFail({ appealId: filed.id, type: 'close' });
    expect(close).toMatchObject({ actorId: null, actorRole: 'system', fromStatus: 'fedBack', toStatus: 'closed' });
    expect(await t.dataSource.getRepository(Timer).countBy({ ownerType: 'appeal', ownerId: filed.id })).toBe(0);
  });

  it('shows the countdown and the overdue state in the queue, soonest due first, and delivers the inbox', async () => {
    at('2026-06-01T09:00:00+08:00');
    const later = await file('楼道灯不亮', 'staffA');
    const sooner = await file('楼上漏水严重', 'staffA');
    at('2026-06-02T09:00:00.001+08:00');
    await drain();
    const queue = await t.as('secretaryA').get('/api/appeals').query({ pageSize: 100 }).expect(200);
    expect(queue.body.serverTime).toBe(t.clock.now().toISOString());
    const ids = queue.body.items.map((a: { id: number }) => a.id);
    expect(ids.indexOf(sooner.id)).toBeLessThan(ids.indexOf(later.id));
    const overdue = queue.body.items.find((a: { id: number }) => a.id === sooner.id);
    expect(overdue).toMatchObject({ overdue: true, supervised: true, level: 'street', breachedAt: '2026-06-02T01:00:00.000Z' });
    const onlyOverdue = await t.as('secretaryA').get('/api/appeals').query({ overdue: true, pageSize: 100 }).expect(200);
    expect(onlyOverdue.body.items.map((a: { id: number }) => a.id)).toContain(sooner.id);
    expect(onlyOverdue.body.items.map((a: { id: number }) => a.id)).not.toContain(later.id);

    const delivered = await t.app.get(OutboxDispatcher).deliverPending();
    expect(delivered).toBeGreaterThan(0);
    expect(await t.app.get(OutboxDispatcher).deliverPending()).toBe(0);
    expect(await t.dataSource.getRepository(InboxMessage).count()).toBe(await t.dataSource.getRepository(NotificationOutbox).count());
    const inbox = await t.as('secretaryA').get('/api/notifications').query({ unread: true }).expect(200);
    const message = inbox.body.find((m: { appealId: number }) => m.appealId === sooner.id);
    expect(message).toMatchObject({ kind: 'deadlineBreached', title: '诉求超时，已上报街道督办', readAt: null });
    await t.as('staffB').post(`/api/notifications/${message.id}/read`).expect(404);
    await t.as('secretaryA').post(`/api/notifications/${message.id}/read`).expect(204);
    const after = await t.as('secretaryA').get('/api/notifications').query({ unread: true }).expect(200);
    expect(after.body.map((m: { id: number }) => m.id)).not.toContain(message.id);
  });
});
