import type { WhistleDetail } from '@lingjuli/shared';
import { InboxMessage } from '../notifications/inbox-message.entity';
import { NotificationOutbox } from '../notifications/notification-outbox.entity';
import { OutboxDispatcher } from '../notifications/outbox-dispatcher.service';
import { createTestApp, type TestApp } from '../testing/test-app';
import { WhistleEvent } from '../whistles/whistle-event.entity';
import { WhistleTarget } from '../whistles/whistle-target.entity';
import { Timer } from './timer.entity';
import { TimerDrain } from './timer-drain.service';

describe('the whistle report-in timer (报到时限)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const drain = () => t.app.get(TimerDrain).drain();
  const at = (local: string) => t.clock.set(new Date(local));
  const whistle = async (subject: string, departmentIds: number[], extra: object = {}): Promise<WhistleDetail> =>
    (
      await t
        .as('staffA')
        .post('/api/whistles')
        .send({ subject, description: `${subject}，请尽快到场`, departmentIds, ...extra })
        .expect(201)
    ).body;
  const part = (whistleId: number, departmentId: number) => t.dataSource.getRepository(WhistleTarget).findOneByOrFail({ whistleId, departmentId });
  const timerOf = (targetId: number) => t.dataSource.getRepository(Timer).findOneBy({ ownerType: 'whistleTarget', ownerId: targetId, kind: 'whistleReportIn' });
  const missedEvents = (whistleId: number) => t.dataSource.getRepository(WhistleEvent).findBy({ whistleId, type: 'reportInMissed' });
  const missedNotices = async (whistleId: number) =>
    (await t.dataSource.getRepository(NotificationOutbox).findBy({ kind: 'whistleReportInMissed' }))
      .filter((n) => n.dedupeKey.includes(`:w${whistleId}:`))
      .map((n) => n.recipientId)
      .sort((a, b) => a - b);

  it('a department that misses the deadline is flagged at the real due time, once, and the secretary, grid secretary and command centre are told', async () => {
    const { parks, cityManagement } = t.fixtures.departments;
    const { users } = t.fixtures;
    at('2026-03-02T10:00:00+08:00');
    const w = await whistle('大树倒伏压住电线', [parks.id, cityManagement.id], { tier: 'emergency' });
    expect(w.reportInDueAt).toBe('2026-03-02T02:30:00.000Z');
    const parksPart = await part(w.id, parks.id);
    const cityPart = await part(w.id, cityManagement.id);
    expect((await timerOf(cityPart.id))?.fireAt?.toISOString()).toBe('2026-03-02T02:30:00.001Z');

    // Reporting in before the deadline cancels that department's timer.
    at('2026-03-02T10:10:00+08:00');
    await t.as('deptParks').post(`/api/whistles/${w.id}/report-in`).send({}).expect(200);
    expect(await timerOf(parksPart.id)).toBeNull();

    // At the due instant the deadline is still met.
    at('2026-03-02T10:30:00.000+08:00');
    await drain();
    expect((await part(w.id, cityManagement.id)).reportInMissedAt).toBeNull();

    // Long after (downtime): the first pass records the real due time.
    at('2026-03-02T11:15:00+08:00');
    const result = await drain();
    expect(result).toMatchObject({ fired: 1, failed: 0 });
    expect((await part(w.id, cityManagement.id)).reportInMissedAt?.toISOString()).toBe('2026-03-02T02:30:00.000Z');
    expect((await part(w.id, parks.id)).reportInMissedAt).toBeNull();
    const flagged = await missedEvents(w.id);
    expect(flagged).toHaveLength(1);
    expect(flagged[0]).toMatchObject({ actorId: null, actorRole: 'system', departmentId: cityManagement.id });
    expect(flagged[0].note).toContain('3月2日 10:30');
    const told = [users.secretaryA.id, users.gridSecretary1.id, users.commandCenter.id].sort((a, b) => a - b);
    expect(await missedNotices(w.id)).toEqual(told);

    // Processing it again (as if a crashed process had not recorded that it fired) counts once.
    await drain();
    await t.dataSource
      .getRepository(Timer)
      .update({ ownerType: 'whistleTarget', ownerId: cityPart.id }, { fireAt: new Date('2026-03-02T02:30:00.001Z'), firedAt: null });
    await drain();
    expect(await missedEvents(w.id)).toHaveLength(1);
    expect(await missedNotices(w.id)).toEqual(told);

    // The command centre's inbox has it.
    await t.app.get(OutboxDispatcher).deliverPending();
    const inbox = await t.dataSource.getRepository(InboxMessage).findBy({ recipientId: users.commandCenter.id, kind: 'whistleReportInMissed' });
    expect(inbox).toHaveLength(1);
    expect(inbox[0].body).toContain('城市管理办公室');

    // Reporting in late is still possible; the miss stays on the record.
    at('2026-03-02T11:20:00+08:00');
    const late = await t.as('deptCityManagement').post(`/api/whistles/${w.id}/report-in`).send({ note: '人员已到场' }).expect(200);
    expect(late.body.targets.map((x: { reportInMissed: boolean; status: string }) => [x.status, x.reportInMissed])).toEqual([
      ['reportedIn', false],
      ['reportedIn', true],
    ]);
    expect(late.body.events.map((e: { type: string }) => e.type)).toEqual(['whistle', 'reportIn', 'reportInMissed', 'reportIn']);
    expect(late.body.events.at(-1).note).toBe('逾期报到：人员已到场');
    expect((await part(w.id, cityManagement.id)).reportInMissedAt?.toISOString()).toBe('2026-03-02T02:30:00.000Z');
    // The fired timer row is kept as the record that it fired; nothing is pending.
    expect((await timerOf(cityPart.id))?.fireAt).toBeNull();
  });

  it('a department that reported in in time is never flagged, and the drain handles whistle and appeal timers in one pass', async () => {
    const { parks } = t.fixtures.departments;
    at('2026-03-03T10:00:00+08:00');
    const w = await whistle('绿地断枝', [parks.id], { reportInMinutes: 20 });
    const appeal = await t
      .as('residentA')
      .post('/api/appeals')
      .set('Idempotency-Key', 'report-in-appeal-1')
      .send({ channel: 'online', content: '楼道里有很浓的煤气味，燃气泄漏', communityId: t.fixtures.communities.a.id })
      .expect(201);
    at('2026-03-03T10:19:00+08:00');
    await t.as('deptParks').post(`/api/whistles/${w.id}/report-in`).send({}).expect(200);
    at('2026-03-03T12:00:00+08:00');
    const result = await drain();
    expect(result.failed).toBe(0);
    expect(await missedEvents(w.id)).toHaveLength(0);
    expect((await part(w.id, parks.id)).reportInMissedAt).toBeNull();
    // The appeal's breach fired in the same pass.
    const detail = await t.as('staffA').get(`/api/appeals/${appeal.body.id}`).expect(200);
    expect(detail.body.breachedAt).toBe('2026-03-03T02:30:00.000Z');
  });

  it('a whistle closed before its timer fires is not flagged', async () => {
    const { parks } = t.fixtures.departments;
    at('2026-03-04T10:00:00+08:00');
    const w = await whistle('落叶清扫', [parks.id], { reportInMinutes: 30 });
    const target = await part(w.id, parks.id);
    // Simulate a timer that survived (e.g. written by an older version) after the department finished.
    await t.as('deptParks').post(`/api/whistles/${w.id}/report-in`).send({}).expect(200);
    await t.as('deptParks').post(`/api/whistles/${w.id}/complete`).send({ note: '已清扫' }).expect(200);
    await t
      .as('staffA')
      .post(`/api/whistles/${w.id}/close`)
      .send({ ratings: [{ departmentId: parks.id, rating: 'satisfied' }] })
      .expect(200);
    await t.dataSource.getRepository(Timer).insert({
      ownerType: 'whistleTarget',
      ownerId: target.id,
      kind: 'whistleReportIn',
      fireAt: new Date('2026-03-04T02:30:00.001Z'),
      deadline: new Date('2026-03-04T02:30:00.000Z'),
    });
    at('2026-03-04T11:00:00+08:00');
    expect(await drain()).toMatchObject({ fired: 1, failed: 0 });
    expect(await missedEvents(w.id)).toHaveLength(0);
  });

  it('a department that never reports in does not hold the whistle open once its deadline has passed: the community closes and rates it', async () => {
    const { parks, cityManagement } = t.fixtures.departments;
    at('2026-03-05T10:00:00+08:00');
    const w = await whistle('倒伏树木清运', [parks.id, cityManagement.id], { reportInMinutes: 60 });
    await t.as('deptParks').post(`/api/whistles/${w.id}/report-in`).send({}).expect(200);
    await t.as('deptParks').post(`/api/whistles/${w.id}/complete`).send({ note: '已清运' }).expect(200);
    const ratings = [
      { departmentId: parks.id, rating: 'satisfied' },
      { departmentId: cityManagement.id, rating: 'unsatisfied', comment: '始终未到场' },
    ];

    // Before its deadline the community still waits for it.
    const early = await t.as('staffA').post(`/api/whistles/${w.id}/close`).send({ ratings }).expect(409);
    expect(early.body).toMatchObject({ code: 'WHISTLE_NOT_COMPLETED', message: '城市管理办公室尚未办结，不能结束吹哨' });
    expect((await t.as('staffA').get(`/api/whistles/${w.id}`).expect(200)).body.actions).toEqual([]);

    // The deadline passes unreported: flagged, and the community may now close it.
    at('2026-03-05T11:05:00+08:00');
    await drain();
    expect((await t.as('staffA').get(`/api/whistles/${w.id}`).expect(200)).body.actions).toEqual(['close']);
    const closed = (await t.as('staffA').post(`/api/whistles/${w.id}/close`).send({ ratings }).expect(200)).body as WhistleDetail;
    expect(closed.status).toBe('closed');
    expect(closed.targets.map((x) => [x.departmentId, x.status, x.reportInMissed, x.rating])).toEqual([
      [parks.id, 'completed', false, 'satisfied'],
      [cityManagement.id, 'whistled', true, 'unsatisfied'],
    ]);
    expect(closed.events.at(-1)).toMatchObject({ type: 'close', note: '区园林绿化局：满意；城市管理办公室：不满意。城市管理办公室超时未报到' });
  });

  it('a department that reported in late is working on it, so it holds the whistle open until it completes', async () => {
    const { parks } = t.fixtures.departments;
    at('2026-03-06T10:00:00+08:00');
    const w = await whistle('路灯倒伏', [parks.id], { reportInMinutes: 30 });
    at('2026-03-06T11:00:00+08:00');
    await drain();
    await t.as('deptParks').post(`/api/whistles/${w.id}/report-in`).send({ note: '迟到' }).expect(200);
    const ratings = [{ departmentId: parks.id, rating: 'basicallySatisfied' }];
    await t.as('staffA').post(`/api/whistles/${w.id}/close`).send({ ratings }).expect(409);
    await t.as('deptParks').post(`/api/whistles/${w.id}/complete`).send({ note: '已扶正' }).expect(200);
    await t.as('staffA').post(`/api/whistles/${w.id}/close`).send({ ratings }).expect(200);
  });
});
