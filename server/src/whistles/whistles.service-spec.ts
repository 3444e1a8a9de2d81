import type { WhistleDetail } from '@lingjuli/shared';
import { AppealActionsService } from '../appeals/appeal-actions.service';
import { AppealIntakeService } from '../appeals/appeal-intake.service';
import { AppealQueriesService } from '../appeals/appeal-queries.service';
import type { FixtureUser } from '../testing/fixtures';
import { createServiceHarness, type ServiceHarness } from '../testing/service-harness';
import { WhistleQueriesService } from './whistle-queries.service';
import { WhistlesService } from './whistles.service';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The whistle (吹哨权, docs/domain.md §8.1) through its services: report-in, completion, close, the missed report-in, cancellation. */
describe('whistles (services, no HTTP)', () => {
  let h: ServiceHarness;
  let key = 0;

  beforeAll(async () => {
    h = await createServiceHarness();
  });
  afterAll(() => h.close());

  const whistles = () => h.get(WhistlesService);
  const file = async (content: string): Promise<number> =>
    (await h.get(AppealIntakeService).file(h.ctx('staffA'), { channel: 'hotline', content, communityId: h.fixtures.communities.a.id }, `whistles-${++key}`))
      .appeal.id;
  const detail = (id: number, as: FixtureUser = 'staffA'): Promise<WhistleDetail> => h.get(WhistleQueriesService).detail(h.ctx(as), id);
  const part = async (id: number, department: 'cityManagement' | 'parks') =>
    (await detail(id)).targets.find((t) => t.departmentId === h.fixtures.departments[department].id)!;
  const whistle = async (appealId: number | undefined, extra: { reportInMinutes?: number; subject?: string } = {}) =>
    (
      await whistles().create(h.ctx('staffA'), {
        appealId,
        subject: '大风刮倒树木，压住车辆',
        description: '请园林和城管部门到场清理',
        departmentIds: [h.fixtures.departments.parks.id, h.fixtures.departments.cityManagement.id],
        ...extra,
      })
    ).id;
  const ratings = (rating: 'satisfied' | 'unsatisfied' = 'satisfied') => [
    { departmentId: h.fixtures.departments.parks.id, rating },
    { departmentId: h.fixtures.departments.cityManagement.id, rating },
  ];

  it('whistles departments about an appeal: each is told, the deadline follows the tier, the appeal gets a line', async () => {
    h.clock.set('2026-03-02T10:00:00+08:00');
    const appealId = await file('大风把树刮倒了，砸到了车，挡住了路'); // ordinary: report in within 24 hours
    const id = await whistle(appealId);
    const d = await detail(id);
    expect(d).toMatchObject({ status: 'open', appealId, reportInDueAt: '2026-03-03T02:00:00.000Z' });
    expect(d.targets.map((t) => t.status)).toEqual(['whistled', 'whistled']);
    expect((await h.inbox('deptParks')).filter((m) => m.kind === 'whistled')).toHaveLength(1);
    const appeal = await h.get(AppealQueriesService).detail(h.ctx('staffA'), appealId);
    expect(appeal.timeline.filter((e) => e.type === 'whistle')).toHaveLength(1);
  });

  it('report-in, progress, completion, close: each department its own part, in order; the community rates each', async () => {
    h.clock.set('2026-03-03T10:00:00+08:00');
    const id = await whistle(undefined, { reportInMinutes: 60 });
    const parks = h.ctx('deptParks');
    const city = h.ctx('deptCityManagement');

    // Out of order: nothing before reporting in.
    await expect(whistles().complete(parks, id, { note: '已清理' })).rejects.toMatchObject({ status: 409, code: 'WHISTLE_NOT_REPORTED_IN' });
    await expect(whistles().progress(parks, id, { content: '正在路上' })).rejects.toMatchObject({ status: 409, code: 'WHISTLE_NOT_REPORTED_IN' });
    // A department not whistled has no part; the community cannot act for one.
    await expect(whistles().reportIn(h.ctx('staffA'), id, {})).rejects.toMatchObject({ status: 403 });

    h.clock.advance(20 * MINUTE);
    await whistles().reportIn(parks, id, { note: '已派人到场' });
    await expect(whistles().reportIn(parks, id, {})).rejects.toMatchObject({ status: 409, code: 'WHISTLE_ALREADY_REPORTED_IN' });
    await whistles().progress(parks, id, { content: '正在锯断树干' });
    await whistles().complete(parks, id, { note: '树木已清理' });
    expect(await part(id, 'parks')).toMatchObject({ status: 'completed', completionNote: '树木已清理', reportInMissed: false });

    // Not every department has completed: the whistle cannot close yet.
    await expect(whistles().close(h.ctx('staffA'), id, { ratings: ratings() })).rejects.toMatchObject({ status: 409, code: 'WHISTLE_NOT_COMPLETED' });

    await whistles().reportIn(city, id, {});
    await whistles().complete(city, id, { note: '车辆已挪走' });
    // One rating for each whistled department, no more, no less.
    await expect(whistles().close(h.ctx('staffA'), id, { ratings: ratings().slice(0, 1) })).rejects.toMatchObject({ status: 400 });
    // Only the whistle's own community closes it.
    await expect(whistles().close(h.ctx('staffB'), id, { ratings: ratings() })).rejects.toMatchObject({ status: 404 });

    await whistles().close(h.ctx('staffA'), id, { ratings: ratings() });
    const closed = await detail(id);
    expect(closed.status).toBe('closed');
    expect(closed.targets.map((t) => t.rating)).toEqual(['satisfied', 'satisfied']);
    expect(closed.events.map((e) => e.type)).toEqual(['whistle', 'reportIn', 'progress', 'complete', 'reportIn', 'complete', 'close']);
    await expect(whistles().close(h.ctx('staffA'), id, { ratings: ratings() })).rejects.toMatchObject({ status: 409, code: 'WHISTLE_CLOSED' });
    await expect(whistles().progress(parks, id, { content: '补充说明' })).rejects.toMatchObject({ status: 409, code: 'WHISTLE_CLOSED' });
  });

  it('a missed report-in: flagged at the deadline, the leads told once; the community need not wait for it', async () => {
    h.clock.set('2026-03-04T10:00:00+08:00');
    const id = await whistle(undefined, { reportInMinutes: 30, subject: '倒伏树木挡住消防通道' });
    await whistles().reportIn(h.ctx('deptCityManagement'), id, {});

    h.clock.advance(30 * MINUTE);
    await h.drainTimers();
    expect((await part(id, 'parks')).reportInMissed).toBe(false); // at the due instant it is still on time

    h.clock.advance(1);
    await h.drainTimers();
    expect(await part(id, 'parks')).toMatchObject({ status: 'whistled', reportInMissed: true });
    expect((await part(id, 'cityManagement')).reportInMissed).toBe(false);
    const missed = (user: FixtureUser) =>
      h.inbox(user).then((inbox) => inbox.filter((m) => m.kind === 'whistleReportInMissed' && m.body.includes('倒伏树木挡住消防通道')));
    for (const user of ['secretaryA', 'gridSecretary1', 'commandCenter'] as const) expect(await missed(user)).toHaveLength(1);

    // Fired again (a retry, another server): nothing more.
    expect(await h.refireTimers()).toBeGreaterThan(0);
    await h.drainTimers();
    expect(await missed('secretaryA')).toHaveLength(1);
    expect((await detail(id)).events.filter((e) => e.type === 'reportInMissed')).toHaveLength(1);

    // Reporting in late is still recorded; the miss stays on the record.
    await whistles().reportIn(h.ctx('deptParks'), id, {});
    expect(await part(id, 'parks')).toMatchObject({ status: 'reportedIn', reportInMissed: true });
    await whistles().complete(h.ctx('deptParks'), id, { note: '已处理' });
    await whistles().complete(h.ctx('deptCityManagement'), id, { note: '已处理' });
    await whistles().close(h.ctx('staffA'), id, { ratings: ratings('unsatisfied') });
    expect((await detail(id)).status).toBe('closed');
  });

  it('a department that never reports in does not hold the whistle open', async () => {
    h.clock.set('2026-03-05T10:00:00+08:00');
    const id = await whistle(undefined, { reportInMinutes: 10 });
    await whistles().reportIn(h.ctx('deptCityManagement'), id, {});
    await whistles().complete(h.ctx('deptCityManagement'), id, { note: '已处理' });
    await expect(whistles().close(h.ctx('staffA'), id, { ratings: ratings() })).rejects.toMatchObject({ code: 'WHISTLE_NOT_COMPLETED' });

    h.clock.advance(11 * MINUTE);
    await h.drainTimers();
    await whistles().close(h.ctx('staffA'), id, { ratings: ratings('unsatisfied') });
    const closed = await detail(id);
    expect(closed.status).toBe('closed');
    expect(closed.events.at(-1)?.note).toContain('超时未报到');
  });

  it('a report-in in time cancels its timer: nothing is flagged later', async () => {
    h.clock.set('2026-03-06T10:00:00+08:00');
    const id = await whistle(undefined, { reportInMinutes: 60 });
    await whistles().reportIn(h.ctx('deptParks'), id, {});
    await whistles().reportIn(h.ctx('deptCityManagement'), id, {});
    h.clock.advance(2 * HOUR);
    await h.drainTimers();
    expect((await detail(id)).targets.map((t) => t.reportInMissed)).toEqual([false, false]);
  });

  it('its appeal ends: the open whistle is cancelled with it, the departments told, no report-in fires', async () => {
    h.clock.set('2026-03-07T10:00:00+08:00');
    const appealId = await file('小区里的大树被风吹歪了，随时可能倒');
    const id = await whistle(appealId, { reportInMinutes: 60 });
    const appeal = await h.get(AppealActionsService).reject(h.ctx('staffA'), appealId, { reason: '经核实属于物业管理范围，已转物业' });
    expect(appeal.status).toBe('rejected');

    const cancelled = await detail(id);
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.events.at(-1)).toMatchObject({ type: 'cancel', actor: { role: 'system' } });
    const told = (await h.inbox('deptParks')).filter((m) => m.kind === 'whistleCancelled' && m.appealId === appealId);
    expect(told).toHaveLength(1);
    const ending = (await h.get(AppealQueriesService).detail(h.ctx('staffA'), appealId)).timeline.find((e) => e.type === 'reject');
    expect(ending?.data).toMatchObject({ cancelledWhistles: [{ id, subject: '大风刮倒树木，压住车辆' }] });

    h.clock.advance(2 * HOUR);
    await h.drainTimers();
    expect((await detail(id)).targets.map((t) => t.reportInMissed)).toEqual([false, false]);
    await expect(whistles().reportIn(h.ctx('deptParks'), id, {})).rejects.toMatchObject({ status: 409, code: 'WHISTLE_CLOSED' });
    // No new whistle about an appeal that has ended.
    await expect(whistle(appealId)).rejects.toMatchObject({ status: 409, code: 'APPEAL_FINISHED' });
  });
});
