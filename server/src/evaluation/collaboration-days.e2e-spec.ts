import { kindOf } from '../database/data-source-options';
import { rankDepartments, type DepartmentRanking, type DepartmentToScore, shanghaiDayStart } from '@lingjuli/shared';
import { In } from 'typeorm';
import { Department } from '../organisation/department.entity';
import type { FixtureUser } from '../testing/fixtures';
import { createTestApp, type TestApp } from '../testing/test-app';
import { TimerDrain } from '../timers/timer-drain.service';
import { CollaborationDay } from './collaboration-day.entity';
import { splitIntoDays } from './collaboration-days';
import { rebuildEvaluationRollups } from './evaluation-rollups';
import { OutcomeDay } from './outcome-day.entity';
import { STREET_TOTAL } from './outcome-days';
import { PeriodActivity } from './period-activity.service';
import { toPeriodData } from './period-measures';
import { RatingDay } from './rating-day.entity';

const HOUR = 60 * 60_000;

/**
 * The collaboration rollup against the rows it counts: whistles and dispatches made through the API
 * by three communities over days that cross Beijing midnight and a quarter's end; then each
 * secretary's departments to score, for periods on whole days and periods cut mid-day, must equal
 * the counts read straight from the whistle targets and dispatch assignments, and the table kept by
 * the events must equal the one rebuilt from the rows (as the migration and the ledger generator fill it).
 * The ranking's measures, summed from the rating and outcome rollups with the running parts read live,
 * must equal the ones read straight from every row of the period: report-ins made on time, late, marked
 * missed (then made), cancelled with their appeal, or still running; dispatched parts of ended appeals
 * and of open ones.
 */
describe('the evaluation rollups (collaboration days behind the departments to score, rating and outcome days behind the ranking)', () => {
  let t: TestApp;
  let key = 0;

  beforeAll(async () => {
    // 2026-03-30 22:00 Beijing: the first steps fall either side of Beijing midnight, the later ones in the next quarter.
    t = await createTestApp({ startAt: '2026-03-30T22:00:00+08:00' });
    const { cityManagement: city, parks, safety } = t.fixtures.departments;
    const { a, b, c } = t.fixtures.communities;
    const steps: [FixtureUser, number, 'dispatch' | 'whistle', number[]][] = [
      ['staffA', a.id, 'dispatch', [parks.id, safety.id]],
      ['staffB', b.id, 'whistle', [city.id, parks.id]],
      ['staffA', a.id, 'whistle', [city.id]],
      ['staffC', c.id, 'dispatch', [city.id]],
      ['staffB', b.id, 'dispatch', [city.id, safety.id]],
      ['staffA', a.id, 'dispatch', [city.id]],
      ['staffC', c.id, 'whistle', [parks.id, safety.id]],
      ['staffA', a.id, 'whistle', [parks.id, safety.id, city.id]],
      ['staffB', b.id, 'dispatch', [parks.id]],
    ];
    // The departments with staff to report in (the safety office has none here: its parts wait, then are marked missed).
    const staffOf = new Map<number, FixtureUser>([
      [city.id, 'deptCityManagement'],
      [parks.id, 'deptParks'],
    ]);
    const reportIn = (whistleId: number, departmentId: number) =>
      t.as(staffOf.get(departmentId)!).post(`/api/whistles/${whistleId}/report-in`).send({}).expect(200);
    const unreported: { whistleId: number; departmentId: number }[] = [];
    for (let round = 0; round < 3; round++) {
      for (const [staff, communityId, what, departmentIds] of steps) {
        if (what === 'whistle') {
          const whistle = await t.as(staff).post('/api/whistles').send({ subject: '协调处置', description: '需要科室到场', departmentIds }).expect(201);
          // Round 1: every department reports in at once (on time); round 2: the first only; round 3: none yet.
          const reporting = (round === 0 ? departmentIds : round === 1 ? departmentIds.slice(0, 1) : []).filter((d) => staffOf.has(d));
          for (const departmentId of reporting) await reportIn(whistle.body.id, departmentId);
          unreported.push(
            ...departmentIds.filter((d) => staffOf.has(d) && !reporting.includes(d)).map((departmentId) => ({ whistleId: whistle.body.id, departmentId })),
          );
        } else {
          await dispatched(staff, communityId, departmentIds);
        }
        // 2 h 50 min: steps land at every hour of the Beijing day, on both sides of midnight.
        t.clock.advance(2 * HOUR + 50 * 60_000);
      }
    }
    // At the end of the steps: report-ins late (before the timer ran), then the timer marks the rest missed, then one
    // of those reports in anyway.
    for (const part of unreported.slice(0, 2)) await reportIn(part.whistleId, part.departmentId);
    await t.app.get(TimerDrain).drain();
    await reportIn(unreported[2].whistleId, unreported[2].departmentId);
    // Rated appeals (the ratings rollup): the resident's own ratings, one bad (reopens) then good, and a callback
    // recorded an hour after it was made, across Beijing midnight.
    t.clock.set(new Date('2026-03-31T23:30:00+08:00'));
    const online = await rated('residentA', a.id, 'online');
    await t.act('residentA', online, 'rating', { solved: false, satisfaction: 'unsatisfied' });
    t.clock.advance(2 * HOUR);
    await handled(online, 'staffA');
    await t.act('residentA', online, 'rating', { solved: true, satisfaction: 'satisfied' });
    // Fed back at 23:40, called at 23:55, recorded at 00:30 the next day: it counts on the day of the call.
    t.clock.set(new Date('2026-04-01T22:40:00+08:00'));
    const window = await rated('staffB', b.id, 'window');
    t.clock.set(new Date('2026-04-02T00:30:00+08:00'));
    await t.act('staffB', window, 'callback', { solved: true, satisfaction: 'basicallySatisfied', calledAt: '2026-04-01T23:55:00+08:00' });
  }, 180_000);
  afterAll(() => t.close());

  /** An appeal dispatched to the parks bureau (lead) and the city office, handled and fed back: ready for its rating. */
  async function rated(by: FixtureUser, communityId: number, channel: 'online' | 'window'): Promise<number> {
    const staff: FixtureUser = communityId === t.fixtures.communities.a.id ? 'staffA' : 'staffB';
    const filed = await t
      .as(by)
      .post('/api/appeals')
      .set('Idempotency-Key', `collaboration-${++key}`)
      .send({ channel, content: '小区大树断枝压住电线，存在安全隐患', communityId })
      .expect(201);
    const id: number = filed.body.id;
    await t.act(staff, id, 'accept');
    // A whistle about the appeal, still waiting for the city office when the appeal closes: cancelled with it.
    await t
      .as(staff)
      .post('/api/whistles')
      .send({ subject: '断枝清运', description: '请城管到场', departmentIds: [t.fixtures.departments.cityManagement.id], appealId: id })
      .expect(201);
    await t.act(staff, id, 'escalate', {
      reason: '需园林部门处置',
      consultedWithId: t.fixtures.users.gridSecretary1.id,
      consultationNote: '网格书记同意上报街道',
    });
    await t.act('commandCenter', id, 'dispatch', {
      leadDepartmentId: t.fixtures.departments.parks.id,
      assistingDepartmentIds: [t.fixtures.departments.cityManagement.id],
    });
    t.clock.advance(HOUR);
    await handled(id, staff);
    return id;
  }

  async function handled(id: number, staff: FixtureUser): Promise<void> {
    await t.act('deptCityManagement', id, 'complete-assignment', { note: '已清运断枝' });
    await t.act('deptParks', id, 'resolve', { note: '已修剪树枝' });
    await t.act(staff, id, 'feedback', { method: 'visit', content: '树枝已修剪，断枝已清运' });
    t.clock.advance(10 * 60_000);
  }

  async function dispatched(staff: FixtureUser, communityId: number, [lead, ...assisting]: number[]): Promise<void> {
    const filed = await t
      .as(staff)
      .post('/api/appeals')
      .set('Idempotency-Key', `collaboration-${++key}`)
      .send({ channel: 'window', content: '小区路灯不亮，晚上出行不便', communityId })
      .expect(201);
    const id: number = filed.body.id;
    const gridSecretary = communityId === t.fixtures.communities.c.id ? t.fixtures.users.gridSecretary2 : t.fixtures.users.gridSecretary1;
    await t.act(staff, id, 'accept');
    await t.act(staff, id, 'escalate', { reason: '需街道协调', consultedWithId: gridSecretary.id, consultationNote: '网格书记同意上报街道' });
    await t.act('commandCenter', id, 'dispatch', { leadDepartmentId: lead, assistingDepartmentIds: assisting });
  }

  /** Per department, the community's whistle targets and dispatch assignments in [startsAt, endsAt), read from the rows. */
  async function fromRows(communityId: number, startsAt: Date, endsAt: Date): Promise<Map<number, { whistles: number; dispatched: number }>> {
    const whistles = await t.dataSource
      .createQueryBuilder()
      .select('target.departmentId', 'departmentId')
      .addSelect('COUNT(*)', 'n')
      .from('whistle_targets', 'target')
      .innerJoin('whistles', 'whistle', 'whistle.id = target.whistleId')
      .where('whistle.communityId = :communityId AND whistle.createdAt >= :startsAt AND whistle.createdAt < :endsAt', { communityId, startsAt, endsAt })
      .groupBy('target.departmentId')
      .getRawMany<{ departmentId: number; n: number | string }>();
    const dispatches = await t.dataSource
      .createQueryBuilder()
      .select('assignment.departmentId', 'departmentId')
      .addSelect('COUNT(*)', 'n')
      .from('dispatch_assignments', 'assignment')
      .innerJoin('dispatch_orders', 'o', 'o.id = assignment.orderId')
      .innerJoin('appeals', 'appeal', 'appeal.id = assignment.appealId')
      .where('appeal.communityId = :communityId AND o.dispatchedAt >= :startsAt AND o.dispatchedAt < :endsAt', { communityId, startsAt, endsAt })
      .groupBy('assignment.departmentId')
      .getRawMany<{ departmentId: number; n: number | string }>();
    const rows = new Map<number, { whistles: number; dispatched: number }>();
    const entry = (id: number) => rows.get(id) ?? rows.set(id, { whistles: 0, dispatched: 0 }).get(id)!;
    for (const w of whistles) entry(Number(w.departmentId)).whistles = Number(w.n);
    for (const d of dispatches) entry(Number(d.departmentId)).dispatched = Number(d.n);
    return rows;
  }

  /** Every report-in, dispatched part and rating of a period (of one community's), read from the rows. */
  async function fromActivity(startsAt: string, endsAt: string, communityId?: number) {
    const range = { startsAt: new Date(startsAt), endsAt: new Date(endsAt) };
    const activity = t.app.get(PeriodActivity);
    const now = t.clock.now();
    const [reportIns, dispatches, ratings] = await Promise.all([
      activity.reportIns(range, now, { communityId }),
      activity.dispatches(range, now, { communityId }),
      activity.ratings(range, { communityId }),
    ]);
    return { reportIns, dispatches, ratings };
  }

  const departmentsOf = (rows: DepartmentToScore[]) => t.dataSource.getRepository(Department).findBy({ id: In(rows.map((r) => r.department.id)) });

  it('splits a period into whole Beijing days and the parts of a day at its ends', () => {
    const at = (iso: string) => new Date(iso);
    expect(shanghaiDayStart(at('2026-03-31T15:59:59.999Z'))).toEqual(at('2026-03-30T16:00:00.000Z'));
    expect(shanghaiDayStart(at('2026-03-31T16:00:00.000Z'))).toEqual(at('2026-03-31T16:00:00.000Z'));
    expect(splitIntoDays({ startsAt: at('2025-12-31T16:00:00Z'), endsAt: at('2026-03-31T16:00:00Z') })).toEqual({
      days: { startsAt: at('2025-12-31T16:00:00Z'), endsAt: at('2026-03-31T16:00:00Z') },
      edges: [],
    });
    expect(splitIntoDays({ startsAt: at('2026-03-31T03:00:00Z'), endsAt: at('2026-04-02T01:00:00Z') })).toEqual({
      days: { startsAt: at('2026-03-31T16:00:00Z'), endsAt: at('2026-04-01T16:00:00Z') },
      edges: [
        { startsAt: at('2026-03-31T03:00:00Z'), endsAt: at('2026-03-31T16:00:00Z') },
        { startsAt: at('2026-04-01T16:00:00Z'), endsAt: at('2026-04-02T01:00:00Z') },
      ],
    });
    const short = { startsAt: at('2026-03-31T03:00:00Z'), endsAt: at('2026-03-31T09:00:00Z') };
    expect(splitIntoDays(short)).toEqual({ days: null, edges: [short] });
  });

  it('keeps the same tables through the events as a rebuild from the rows', async () => {
    const tables = () =>
      Promise.all([
        t.dataSource.getRepository(CollaborationDay).find({ order: { communityId: 'ASC', day: 'ASC', departmentId: 'ASC' } }),
        t.dataSource.getRepository(RatingDay).find({ order: { communityId: 'ASC', day: 'ASC', departmentId: 'ASC' } }),
        t.dataSource.getRepository(OutcomeDay).find({ order: { communityId: 'ASC', day: 'ASC', departmentId: 'ASC' } }),
      ]);
    const kept = await tables();
    // The steps' whistled and dispatched departments, and the two rated appeals' two departments each and whistle each.
    expect(kept[0].reduce((sum, r) => sum + r.whistles + r.dispatched, 0)).toBe(3 * (2 + 1 + 2 + 3) + 3 * (2 + 1 + 2 + 1 + 1) + 2 * 2 + 2);
    // Three ratings (community A's bad then good, community B's good), each for both departments, all on 1 April
    // (Beijing): the callback recorded after midnight counts on the day of the call.
    const { cityManagement: city, parks } = t.fixtures.departments;
    const day = new Date('2026-03-31T16:00:00.000Z');
    const departments = [city.id, parks.id].sort((x, y) => x - y);
    expect(kept[1]).toEqual([
      // The street's totals, then each community's.
      ...departments.map((departmentId) => ({ communityId: STREET_TOTAL, day, departmentId, rated: 3, satisfied: 2 })),
      ...departments.map((departmentId) => ({ communityId: t.fixtures.communities.a.id, day, departmentId, rated: 2, satisfied: 1 })),
      ...departments.map((departmentId) => ({ communityId: t.fixtures.communities.b.id, day, departmentId, rated: 1, satisfied: 1 })),
    ]);
    // Settled outcomes of both kinds, on time and late.
    const total = (key: keyof OutcomeDay) => kept[2].filter((r) => r.communityId === STREET_TOTAL).reduce((sum, r) => sum + Number(r[key]), 0);
    expect(total('reportInsOnTime')).toBeGreaterThan(0);
    expect(total('reportIns')).toBeGreaterThan(total('reportInsOnTime'));
    expect(total('dispatched')).toBeGreaterThan(0);
    await rebuildEvaluationRollups(t.dataSource, kindOf(t.dataSource));
    expect(await tables()).toEqual(kept);
  });

  it.each([
    ['the quarter', '2026年第1季度', '2025-12-31T16:00:00.000Z', '2026-03-31T16:00:00.000Z'],
    ['whole Beijing days across the quarter end', '两日', '2026-03-30T16:00:00.000Z', '2026-04-01T16:00:00.000Z'],
    ['cut mid-day at both ends', '跨零点', '2026-03-30T17:30:00.000Z', '2026-04-01T03:10:00.000Z'],
    ['within one day', '半日', '2026-03-31T01:00:00.000Z', '2026-03-31T09:00:00.000Z'],
  ])('gives each secretary the counts of the rows for a period %s', async (_label, name, startsAt, endsAt) => {
    const period = await t.as('streetAdmin').post('/api/evaluation/periods').send({ name, startsAt, endsAt }).expect(201);
    for (const [secretary, communityId] of [
      ['secretaryA', t.fixtures.communities.a.id],
      ['secretaryB', t.fixtures.communities.b.id],
    ] as const) {
      const res = await t.as(secretary).get(`/api/evaluation/periods/${period.body.id}/departments`).expect(200);
      const rows = res.body as DepartmentToScore[];
      const listed = new Map(rows.map((r) => [r.department.id, { whistles: r.whistles, dispatched: r.dispatched }]));
      const expected = await fromRows(communityId, new Date(startsAt), new Date(endsAt));
      expect(listed).toEqual(expected);
      if (name !== '半日') expect(listed.size).toBeGreaterThan(0);
      // The evidence: the ranking's counts over the community's own rows of the period.
      const measured = toPeriodData({ departments: await departmentsOf(rows), scores: [], ...(await fromActivity(startsAt, endsAt, communityId)) });
      expect(new Map(rows.map((r) => [r.department.id, r.evidence]))).toEqual(
        new Map(measured.map(({ departmentId, departmentName, scores, ...counts }) => [departmentId, counts])),
      );
    }
    // The ranking's measures, against every report-in, dispatched part and rating of the period read from the rows.
    const ranking = (await t.as('streetAdmin').get(`/api/evaluation/periods/${period.body.id}/ranking`).expect(200)).body as DepartmentRanking;
    const departments = await t.dataSource.getRepository(Department).find({ where: { active: true }, order: { id: 'ASC' } });
    const expected = rankDepartments(toPeriodData({ departments, scores: [], ...(await fromActivity(startsAt, endsAt)) }));
    const measures = (rows: DepartmentRanking['rows']) => new Map(rows.map((r) => [r.departmentId, r.measures]));
    expect(measures(ranking.rows)).toEqual(measures(expected));
  });
});
