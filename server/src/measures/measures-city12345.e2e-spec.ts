import type { CommunityOverview, ScopeMeasures } from '@lingjuli/shared';
import { migrate } from '../database/migrate';
import type { FixtureUser } from '../testing/fixtures';
import { createTestApp, type TestApp } from '../testing/test-app';
import { TimerDrain } from '../timers/timer-drain.service';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * The measures filtered to the 12345 work orders (`source=city12345`), the way the city judges the
 * street's 接诉即办: the same figures over the work orders alone, read from their own counters, beside
 * the totals that stay as they were.
 */
describe('the measures of the 12345 work orders (real HTTP, real database)', () => {
  let t: TestApp;
  let key = 0;

  const file = async (who: FixtureUser, body: object) =>
    (await t.as(who).post('/api/appeals').set('Idempotency-Key', `m12345-${++key}`).send(body).expect(201)).body.id as number;
  const transfer = (community: 'a' | 'b', content: string) =>
    file('commandCenter', { channel: 'city12345', content, communityId: t.fixtures.communities[community].id, workOrderNo: `BJ12345-M-${++key}` });
  const figures = async (query: string, who: FixtureUser = 'streetAdmin') => (await t.as(who).get(`/api/measures?${query}`).expect(200)).body as ScopeMeasures;
  const handle = async (id: number, staff: FixtureUser, solved: boolean, satisfaction: string) => {
    await t.act(staff, id, 'accept', {});
    await t.act(staff, id, 'resolve', { note: '已办结' });
    await t.act(staff, id, 'feedback', { method: 'phone', content: '已电话反馈办理结果' });
    await t.act(staff, id, 'callback', { solved, satisfaction });
  };

  beforeAll(async () => {
    t = await createTestApp({ startAt: '2026-03-02T09:00:00+08:00' });
    // Community A: two work orders (one solved and satisfied; one neither, so it reopens and its new deadline passes)
    // and two of its own appeals, both good.
    const w1 = await transfer('a', '反映小区路灯不亮');
    const w2 = await transfer('a', '反映楼上装修噪音扰民');
    const own1 = await file('staffA', { channel: 'hotline', content: '楼道里堆了杂物', communityId: t.fixtures.communities.a.id });
    const own2 = await file('staffA', { channel: 'window', content: '小区垃圾桶满了', communityId: t.fixtures.communities.a.id });
    // Community B: one work order left alone past its deadline, and one appeal of its own, good.
    await transfer('b', '反映小区门口井盖缺失');
    const own3 = await file('staffB', { channel: 'hotline', content: '单元门禁坏了', communityId: t.fixtures.communities.b.id });
    t.clock.advance(2 * HOUR);
    await handle(w1, 'staffA', true, 'satisfied');
    await handle(w2, 'staffA', false, 'unsatisfied');
    for (const id of [own1, own2]) await handle(id, 'staffA', true, 'satisfied');
    await handle(own3, 'staffB', true, 'satisfied');
    // B's untouched work order misses its 7-day deadline, and A's reopened one its second.
    t.clock.advance(8 * DAY);
    await t.app.get(TimerDrain).drain();
  });
  afterAll(() => t.close());

  it('counts only the work orders, and says so', async () => {
    const work = await figures('month=2026-03&source=city12345');
    expect(work.source).toBe('city12345');
    expect(work.counts).toMatchObject({
      filed: 3,
      filedCity12345: 3,
      filedProactive: 0,
      ratings: 2,
      ratedSolved: 1,
      ratedSatisfied: 1,
      deadlinesDue: 4,
      deadlinesMet: 2,
    });
    expect(work.rates).toEqual({ responseRate: 2 / 4, resolutionRate: 1 / 2, satisfactionRate: 1 / 2 });
    expect(work.city12345Share).toBe(1);
    // Liaisons' participation is the community's whole work, not the work orders'.
    expect((await figures('scope=community&id=' + t.fixtures.communities.a.id + '&month=2026-03&source=city12345')).liaisons).toBeNull();

    const all = await figures('month=2026-03');
    expect(all.source).toBe('all');
    expect(all.counts).toMatchObject({ filed: 6, filedCity12345: 3, ratings: 5, ratedSolved: 4, ratedSatisfied: 4, deadlinesDue: 7, deadlinesMet: 5 });
    expect(await figures('month=2026-03&source=all')).toEqual(all);
  });

  it('per community and against the street’s median of the work orders, and in the overview', async () => {
    const { a, b } = t.fixtures.communities;
    const ofA = await figures(`scope=community&id=${a.id}&month=2026-03&source=city12345`, 'secretaryA');
    expect(ofA.counts).toMatchObject({ filed: 2, ratings: 2, deadlinesDue: 3, deadlinesMet: 2 });
    expect(ofA.streetMedian?.rates.responseRate).toBe((2 / 3 + 0) / 2);
    const ofB = await figures(`scope=community&id=${b.id}&month=2026-03&source=city12345`);
    expect(ofB.counts).toMatchObject({ filed: 1, ratings: 0, deadlinesDue: 1, deadlinesMet: 0 });

    const overview = (await t.as('commandCenter').get('/api/measures/overview?month=2026-03&source=city12345').expect(200)).body as CommunityOverview;
    expect(overview.source).toBe('city12345');
    const row = (id: number) => overview.communities.find((c) => c.communityId === id)!;
    // B's work order and A's reopened one are open, past due and not answered: overdue.
    expect([row(a.id).ratings, row(a.id).open, row(a.id).overdue, row(a.id).rank]).toEqual([2, 1, 1, 1]);
    expect([row(b.id).ratings, row(b.id).deadlinesDue, row(b.id).open, row(b.id).overdue, row(b.id).rank]).toEqual([0, 1, 1, 1, 2]);
    const whole = (await t.as('commandCenter').get('/api/measures/overview?month=2026-03').expect(200)).body as CommunityOverview;
    expect([whole.source, whole.communities.find((c) => c.communityId === b.id)!.ratings]).toEqual(['all', 1]);
    const csv = await t.as('commandCenter').get('/api/measures/overview.csv?month=2026-03&source=city12345').expect(200);
    expect(csv.headers['content-disposition']).toContain('community-ranking-12345-2026-03.csv');
  });

  it('refuses a source it does not know', async () => {
    const res = await t.as('streetAdmin').get('/api/measures?month=2026-03&source=open311').expect(400);
    expect(res.body.details).toEqual([{ field: 'source', message: expect.stringMatching(/^统计范围取值无效/) }]);
    await t.as('streetAdmin').get('/api/measures/overview?source=hotline').expect(400);
  });

  it('are backfilled from the ledger by their migration: reverted and run again, the same counters', async () => {
    const counters = async () => ({
      counts: await t.dataSource.query('SELECT * FROM measure_counts ORDER BY grain, scope, scopeId, source, periodStart, tier, category'),
      durations: await t.dataSource.query('SELECT * FROM duration_counts ORDER BY grain, scope, scopeId, source, periodStart, tier, measure, bucket'),
      open: await t.dataSource.query('SELECT * FROM open_appeal_counts ORDER BY communityId, source'),
    });
    const kept = await counters();
    expect(kept.counts.some((r: { source: string }) => r.source === 'city12345')).toBe(true);
    // Back to the counters before sources (later migrations first), then forward again.
    const applied = async () => (await t.dataSource.query<{ name: string }[]>('SELECT name FROM migrations')).map((r) => r.name);
    while ((await applied()).some((name) => name.startsWith('MeasureSources'))) await migrate(t.dataSource, 'down');
    const [totals] = await t.dataSource.query<{ n: number | string }[]>("SELECT SUM(filed) AS n FROM measure_counts WHERE grain = 'month'");
    expect(Number(totals.n)).toBe(6);
    await migrate(t.dataSource);
    expect(await counters()).toEqual(kept);
    expect((await figures('month=2026-03&source=city12345')).counts.filed).toBe(3);
  });
});
