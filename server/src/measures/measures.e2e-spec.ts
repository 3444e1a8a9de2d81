import type { CommunityOverview, MeasureSettings, ScopeMeasures, Tier } from '@lingjuli/shared';
import type { FixtureUser } from '../testing/fixtures';
import { createTestApp, type TestApp } from '../testing/test-app';
import { TimerDrain } from '../timers/timer-drain.service';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const T0 = Date.parse('2026-03-02T09:00:00+08:00');

/**
 * The hand-worked example (docs/domain.md §10.1): ten appeals of community A in March 2026, each with
 * known deadlines and ratings, through the real API; the figures must be exactly the ones worked out
 * on paper below.
 */
describe('the measures: a hand-worked month', () => {
  let t: TestApp;
  const ids: Record<string, number> = {};

  const at = (ms: number) => t.clock.set(new Date(T0 + ms).toISOString());
  const drain = () => t.app.get(TimerDrain).drain();
  const act = (who: FixtureUser, name: string, action: string, body: object = {}) => t.act(who, ids[name], action, body);
  const callback = (name: string, solved: boolean, satisfaction: string) => act('staffA', name, 'callback', { solved, satisfaction });
  const figures = async (query: string, as: FixtureUser = 'secretaryA') => (await t.as(as).get(`/api/measures?${query}`).expect(200)).body as ScopeMeasures;

  beforeAll(async () => {
    t = await createTestApp({ startAt: '2026-03-02T09:00:00+08:00' });
    const communityId = t.fixtures.communities.a.id;
    let key = 0;
    const file = async (name: string, tier: Tier, channel = 'hotline', by: FixtureUser = 'staffA') => {
      const res = await t
        .as(by)
        .post('/api/appeals')
        .set('Idempotency-Key', `hand-worked-${++key}`)
        .send({ channel, content: `手算示例${name}`, communityId })
        .expect(201);
      ids[name] = res.body.id as number;
      if (by === 'staffA') await act('staffA', name, 'accept', { tier });
    };
    // At T0 (2 March, 09:00): ten appeals, taken in at once with their tiers.
    for (const name of ['A1', 'A2', 'A3']) await file(name, 'ordinary');
    await file('A4', 'utility');
    await file('A5', 'utility');
    await file('A6', 'emergency');
    await file('A7', 'emergency');
    await file('A8', 'complex');
    await file('A9', 'ordinary', 'online', 'residentA');
    await file('A10', 'ordinary', 'city12345');

    const resolveAndFeedBack = async (name: string) => {
      await act('staffA', name, 'resolve', { note: '已办结' });
      await act('staffA', name, 'feedback', { method: 'visit', content: '已上门反馈结果' });
    };
    at(20 * MINUTE);
    await act('staffA', 'A6', 'resolve', { note: '已处置' }); // emergency resolved in 20 min: met
    at(40 * MINUTE);
    await drain(); // A7's 30 minutes passed unresolved: missed (and up to the street, where it stays)
    at(1 * HOUR);
    await act('residentA', 'A9', 'withdraw', { reason: '已自行解决' }); // withdrawn: no deadline falls due
    at(2 * HOUR);
    await act('staffA', 'A4', 'feedback', { method: 'phone', content: '已联系供水单位' }); // utility, 2 h of 24: met
    at(25 * HOUR);
    await drain(); // A5's 24 hours passed without feedback: missed
    at(26 * HOUR);
    for (const name of ['A1', 'A2', 'A10']) await act('staffA', name, 'feedback', { method: 'phone', content: '已受理，正在协调' }); // ordinary, 26 h of 7 days: met
    at(48 * HOUR);
    await act('staffA', 'A8', 'notes', { content: '已组织居民议事会', visibility: 'public' }); // the 72-hour note, at 48 h: met
    at(3 * DAY);
    for (const name of ['A1', 'A2', 'A4', 'A10']) await resolveAndFeedBack(name);
    await act('staffA', 'A6', 'feedback', { method: 'visit', content: '已上门反馈结果' }); // (resolved at 20 minutes)
    at(90 * HOUR);
    await resolveAndFeedBack('A8'); // complex, 90 h of 15 days: met
    at(4 * DAY);
    await callback('A1', true, 'satisfied');
    await callback('A2', true, 'basicallySatisfied');
    await callback('A4', true, 'satisfied');
    await callback('A6', false, 'unsatisfied'); // reopens: a new 30-minute deadline, left to pass
    await callback('A8', true, 'satisfied'); // closes before its next 72-hour note falls due: that one never counts
    await callback('A10', false, 'basicallySatisfied'); // reopens: a new 7-day deadline, due 15 March, not yet passed
    at(7 * DAY + HOUR);
    await drain(); // A3's 7 days passed untouched, A6's second deadline passed: both missed
    at(7 * DAY + 2 * HOUR);
  });
  afterAll(() => t.close());

  it('gives the rates worked out on paper', async () => {
    const march = await figures('month=2026-03');
    // Deadlines fallen due and settled: A1 A2 A4 A6 (first cycle) A10 (first cycle) A8 (response) A8 (72-hour note) met;
    // A3 A5 A7 A6 (second cycle) missed. A9 was withdrawn; A10's second deadline is not due yet.
    expect([march.counts.deadlinesDue, march.counts.deadlinesMet]).toEqual([11, 7]);
    // Ratings: A1 A4 A8 满意 and solved; A2 基本满意 and solved; A6 不满意 and A10 基本满意, neither solved.
    expect([march.counts.ratings, march.counts.ratedSolved, march.counts.ratedSatisfied, march.counts.ratedBasicallySatisfied]).toEqual([6, 4, 3, 2]);
    // 响应率 7 ÷ 11; 解决率 4 ÷ 6; 满意率 (3 + 2) ÷ 6.
    expect(march.rates).toEqual({ responseRate: 7 / 11, resolutionRate: 4 / 6, satisfactionRate: 5 / 6 });
    // Composite, 10 : 45 : 45: 100 × (0.1 × 7/11 + 0.45 × 4/6 + 0.45 × 5/6) = 6.3636… + 30 + 37.5 = 73.8636…
    expect(march.composite).toBeCloseTo(100 * (0.1 * (7 / 11) + 0.45 * (4 / 6) + 0.45 * (5 / 6)), 10);
    // On time per tier: ordinary A1 A2 A10 of A1 A2 A3 A10; utility A4 of A4 A5; emergency A6 of A6 A6 A7; complex both of A8's.
    const onTime = Object.fromEntries(march.byTier.map((b) => [b.tier, [b.deadlinesMet, b.deadlinesDue]]));
    expect(onTime).toEqual({ ordinary: [3, 4], utility: [1, 2], emergency: [1, 3], complex: [2, 2] });
    // First response, ordinary: A1 A2 A10 at 26 h (1,560 min) — all three in the bucket (1,440, 2,880]; the half (1.5 of 3)
    // is half-way through it: 1,440 + 1,440 × 1.5 ÷ 3 = 2,160 minutes. A3 never had one.
    expect(march.byTier.find((b) => b.tier === 'ordinary')!.medianFirstResponseMinutes).toBe(2160);
    // Emergency: A6 resolved in 20 minutes, the only first response (bucket (15, 30]: 15 + 15 × 0.5 ÷ 1 = 22.5).
    expect(march.byTier.find((b) => b.tier === 'emergency')!.medianFirstResponseMinutes).toBe(22.5);
    // Filed 10, one of them from 12345; four closed, all in the community (A9 withdrawn does not count as closed).
    expect([march.counts.filed, march.counts.filedCity12345, march.city12345Share]).toEqual([10, 1, 0.1]);
    expect(march.counts.closedInCommunity).toBe(4);
    expect(march.whereClosed).toEqual({ community: 1, street: 0, taskForce: 0 });
  });

  it('weighs 基本满意 as the street admin sets it, and refuses a setting off the scale', async () => {
    const settings: MeasureSettings = { basicallySatisfiedWeight: 0.9, weights: { responseRate: 0.2, resolutionRate: 0.4, satisfactionRate: 0.4 } };
    await t.as('streetAdmin').put('/api/measures/settings').send(settings).expect(200);
    // 满意率 (3 + 0.9 × 2) ÷ 6 = 4.8 ÷ 6 = 0.8.
    const march = await figures('month=2026-03');
    expect(march.rates.satisfactionRate).toBeCloseTo(0.8, 12);
    expect(march.composite).toBeCloseTo(100 * (0.2 * (7 / 11) + 0.4 * (4 / 6) + 0.4 * 0.8), 10);
    await t.as('secretaryA').put('/api/measures/settings').send(settings).expect(403);
    const refused = await t
      .as('streetAdmin')
      .put('/api/measures/settings')
      .send({ ...settings, basicallySatisfiedWeight: 1.5 })
      .expect(400);
    expect(refused.body.details[0].field).toBe('basicallySatisfiedWeight');
    await t
      .as('streetAdmin')
      .put('/api/measures/settings')
      .send({ ...settings, weights: { responseRate: 0, resolutionRate: 0, satisfactionRate: 0 } })
      .expect(400);
    await t
      .as('streetAdmin')
      .put('/api/measures/settings')
      .send({ basicallySatisfiedWeight: 1, weights: { responseRate: 0.1, resolutionRate: 0.45, satisfactionRate: 0.45 } })
      .expect(200);
  });

  it('sums the same for a custom period of days as for the month, and the street holds the community', async () => {
    const days = await figures('from=2026-03-01&to=2026-03-31');
    const month = await figures('month=2026-03');
    expect(days.counts).toEqual(month.counts);
    const street = await figures('scope=street&month=2026-03', 'streetAdmin');
    expect(street.counts).toEqual(month.counts);
    // A community's figures come with the street's median over its communities (only A has data).
    expect(month.streetMedian?.rates).toEqual(month.rates);
    const april = await figures('month=2026-04');
    expect(april.counts.deadlinesDue).toBe(0);
  });

  it('shows each person her own scope only', async () => {
    const { b } = t.fixtures.communities;
    await t.as('secretaryA').get(`/api/measures?scope=community&id=${b.id}`).expect(404);
    await t.as('secretaryA').get('/api/measures?scope=street').expect(404);
    await t.as('gridSecretary2').get(`/api/measures?scope=community&id=${t.fixtures.communities.a.id}`).expect(404);
    await t.as('residentA').get('/api/measures').expect(403);
    await t.as('secretaryA').get('/api/measures/overview').expect(403);
    const own = await figures('', 'staffA');
    expect(own.scope).toEqual({ kind: 'community', id: t.fixtures.communities.a.id, name: t.fixtures.communities.a.name });
  });

  it('refuses bad periods with a 400 on the field', async () => {
    for (const [query, field] of [
      ['month=2026-13', 'month'],
      ['from=2026-03-01', 'to'],
      ['from=2026-03-10&to=2026-03-01', 'to'],
      ['from=2025-01-01&to=2026-03-01', 'to'],
      ['month=2026-03&from=2026-03-01&to=2026-03-02', 'month'],
      ['scope=city', 'scope'],
      ['from=2026-02-30&to=2026-03-01', 'from'],
    ]) {
      const res = await t.as('streetAdmin').get(`/api/measures?${query}`).expect(400);
      expect([query, res.body.details[0].field]).toEqual([query, field]);
    }
  });

  it('ranks the communities month by month for the street', async () => {
    const overview = (await t.as('commandCenter').get('/api/measures/overview?month=2026-03').expect(200)).body as CommunityOverview;
    const a = overview.communities.find((c) => c.communityId === t.fixtures.communities.a.id)!;
    expect(a.rank).toBe(1);
    expect(a.composite).toBeCloseTo(100 * (0.1 * (7 / 11) + 0.45 * (4 / 6) + 0.45 * (5 / 6)), 10);
    expect(a.trend.map((m) => m.month)).toEqual([
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
    // Open now: A3, A5, A7 (past due, at the street), A6 and A10 (reopened); A9 withdrawn, the rest closed.
    // Overdue (no response, past due): A3, A5, A7 and A6's second cycle; A10's is not due yet.
    expect([a.open, a.overdue]).toEqual([5, 4]);
    const others = overview.communities.filter((c) => c.communityId !== a.communityId);
    expect(others.every((c) => c.rank === null && c.open === 0)).toBe(true);
    // The grid secretary of the other grid sees only her grid's communities.
    const grid2 = (await t.as('gridSecretary2').get('/api/measures/overview?month=2026-03').expect(200)).body as CommunityOverview;
    expect(grid2.communities.map((c) => c.communityId)).toEqual([t.fixtures.communities.c.id]);
  });
});
