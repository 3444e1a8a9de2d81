import {
  DURATION_BUCKETS,
  MEASURE_COUNTERS,
  SATISFACTIONS,
  TIERS,
  durationBucket,
  emptyCounts,
  medianMinutes,
  monthPeriod,
  ratesOf,
  type Channel,
  type DurationMeasure,
  type MeasureSource,
  type Tier,
} from '@lingjuli/shared';
import { AppealActionsService } from '../appeals/appeal-actions.service';
import { AppealIntakeService } from '../appeals/appeal-intake.service';
import { Appeal } from '../appeals/entities/appeal.entity';
import { TaskForcesService } from '../task-forces/task-forces.service';
import { AppError } from '../common/errors/app-error';
import { kindOf } from '../database/data-source-options';
import { Random } from '../sample-data/random';
import type { FixtureUser } from '../testing/fixtures';
import { createServiceHarness, type ServiceHarness } from '../testing/service-harness';
import type { MeasuresQueryDto } from './dto/measures.dto';
import { rebuildMeasureCounters } from './measure-counters-rebuild';
import { MeasuresService } from './measures.service';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

type Place = 'a' | 'b' | 'c';
const STAFF: Record<Place, FixtureUser> = { a: 'staffA', b: 'staffB', c: 'staffC' };
const SECRETARY: Partial<Record<Place, FixtureUser>> = { a: 'secretaryA', b: 'secretaryB' };
const RESIDENT: Partial<Record<Place, FixtureUser>> = { a: 'residentA', b: 'residentB' };
const GRID_SECRETARY: Record<Place, FixtureUser> = { a: 'gridSecretary1', b: 'gridSecretary1', c: 'gridSecretary2' };
/** Texts that triage into each tier (燃气 → emergency, 停水 → utility, 加装电梯 → complex, the rest ordinary). */
const TEXTS = ['楼道里有燃气泄漏的味道', '今天一早就停水了', '想给老楼加装电梯', '楼下路灯不亮', '垃圾桶满了没人清'];

/**
 * The measures against the ledger, after a random walk of filings, actions, breaches, ratings and
 * closings (seeded, so a failure repeats): every figure the API gives equals the one a plain SQL query
 * over the ledger's rows gives, and the counters kept by the events equal the counters rebuilt from
 * the ledger. The walk: a random walk of filings, actions, breaches, ratings and closings over three communities and weeks of
 * time (seeded, so a failure repeats). Every move a role may try is tried; the ones the rules refuse
 * are skipped, as a person's would be.
 */
describe('the measures against the ledger (oracle, and kept == rebuilt)', () => {
  let h: ServiceHarness;

  beforeAll(async () => {
    h = await createServiceHarness({ startAt: '2026-03-01T08:00:00+08:00' });
  });
  afterAll(() => h.close());

  const text = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value));
  /** Every counter row, without the all-zero ones (a count that went back to zero, e.g. open appeals). */
  const snapshot = async () => {
    const rows = async (table: string, keys: string[], values: string[]) => {
      const all = await h.dataSource.query<Record<string, unknown>[]>(`SELECT * FROM ${table}`);
      return all
        .filter((r) => values.some((v) => Number(r[v]) !== 0))
        .map((r) => [...keys.map((k) => text(r[k])), ...values.map((v) => Number(r[v]))].join('|'))
        .sort();
    };
    return {
      counts: await rows('measure_counts', ['grain', 'scope', 'scopeId', 'source', 'periodStart', 'tier', 'category'], [...MEASURE_COUNTERS]),
      durations: await rows('duration_counts', ['grain', 'scope', 'scopeId', 'source', 'periodStart', 'tier', 'measure', 'bucket'], ['count']),
      open: await rows('open_appeal_counts', ['communityId', 'source'], ['open']),
    };
  };

  let refused = 0;

  /** Sixty appeals walked through their lives at random (seeded), over weeks of time. */
  const walk = async () => {
    const rng = new Random(20261206);
    const actions = h.get(AppealActionsService);
    const intake = h.get(AppealIntakeService);
    const { communities, departments, users } = h.fixtures;
    const appeals: { id: number; place: Place; reporter: FixtureUser | null }[] = [];
    let key = 0;

    const file = async () => {
      const place = rng.pick<Place>(['a', 'a', 'b', 'c']);
      const resident = RESIDENT[place];
      const byLiaison = place === 'a' && rng.chance(0.2);
      const online = !byLiaison && resident !== undefined && rng.chance(0.5);
      const channel: Channel = byLiaison ? 'liaison' : online ? 'online' : rng.pick<Channel>(['hotline', 'window', 'city12345']);
      const by: FixtureUser = byLiaison ? 'liaisonA' : online ? resident : STAFF[place];
      const filed = await intake.file(h.ctx(by), { channel, content: rng.pick(TEXTS), communityId: communities[place].id }, `walk-${++key}`);
      appeals.push({ id: filed.appeal.id, place, reporter: online ? resident : null });
    };

    type Move = (a: (typeof appeals)[number]) => Promise<unknown>;
    const accept: Move = (a) => actions.accept(h.ctx(STAFF[a.place]), a.id, rng.chance(0.3) ? { tier: rng.pick(TIERS) } : {});
    const resolve: Move = (a) => actions.resolve(h.ctx(STAFF[a.place]), a.id, { note: '已办结' });
    const finalFeedback: Move = (a) =>
      actions.feedback(h.ctx(STAFF[a.place]), a.id, { method: rng.pick(['visit', 'phone'] as const), content: '已反馈办理情况' });
    const rate: Move = (a) => {
      const answer = { solved: rng.chance(0.7), satisfaction: rng.pick(SATISFACTIONS) };
      return a.reporter ? actions.rate(h.ctx(a.reporter), a.id, answer) : actions.callback(h.ctx(STAFF[a.place]), a.id, answer);
    };
    const escalate: Move = (a) =>
      actions.escalate(h.ctx(STAFF[a.place]), a.id, { reason: '社区无力解决', consultedWithId: users[GRID_SECRETARY[a.place]].id, consultationNote: '已协商' });
    const dispatch: Move = (a) =>
      actions.dispatch(h.ctx('commandCenter'), a.id, { leadDepartmentId: departments.parks.id, assistingDepartmentIds: [departments.cityManagement.id] });
    const taskForce: Move = (a) =>
      h
        .get(TaskForcesService)
        .form(h.ctx('commandCenter'), a.id, { name: `专班${a.id}`, leadDepartmentId: departments.parks.id, memberDepartmentIds: [departments.safety.id] });
    const review: Move = (a) =>
      SECRETARY[a.place]
        ? actions.secretaryReview(h.ctx(SECRETARY[a.place]!), a.id, { decision: rng.pick(['close', 'reopen'] as const), note: '复核' })
        : Promise.resolve();
    const departmentResolves: Move = (a) => actions.resolve(h.ctx('deptParks'), a.id, { note: '主办办结' });
    /** The step its handlers would take next, by where the appeal stands. */
    const nextStep = async (a: (typeof appeals)[number]) => {
      const appeal = await h.dataSource.getRepository(Appeal).findOneByOrFail({ id: a.id });
      switch (appeal.status) {
        case 'received':
          return accept;
        case 'inProgress':
          if (appeal.level === 'community') return rng.pick([resolve, resolve, escalate]);
          return rng.pick([dispatch, departmentResolves, taskForce, resolve]);
        case 'resolved':
          return finalFeedback;
        case 'fedBack':
          return appeal.awaitingSecretaryReview ? review : rate;
        default:
          return null;
      }
    };
    const moves: Move[] = [
      accept,
      (a) => actions.retriage(h.ctx(STAFF[a.place]), a.id, { tier: rng.pick(TIERS), note: '重新分级' }),
      (a) => actions.addNote(h.ctx(STAFF[a.place]), a.id, { content: '进展：已协调物业', visibility: rng.chance(0.8) ? 'public' : 'internal' }),
      // The community sends its liaison to tell the resident (an interim feedback, or the final one).
      async (a) => {
        if (a.place === 'a') await actions.assign(h.ctx('staffA'), a.id, { liaisonId: users.liaisonA.id });
        return actions.feedback(h.ctx(a.place === 'a' ? 'liaisonA' : STAFF[a.place]), a.id, { method: 'visit', content: '已上门告知' });
      },
      finalFeedback,
      resolve,
      rate,
      review,
      escalate,
      dispatch,
      taskForce,
      (a) => actions.completeAssignment(h.ctx('deptCityManagement'), a.id, { note: '协办完成' }),
      departmentResolves,
      (a) =>
        rng.chance(0.2)
          ? a.reporter
            ? actions.withdraw(h.ctx(a.reporter), a.id, {})
            : actions.reject(h.ctx(STAFF[a.place]), a.id, { reason: '不属于社区职责' })
          : Promise.resolve(),
    ];

    for (let step = 0; step < 700; step++) {
      if (appeals.length < 60 && (appeals.length === 0 || rng.chance(0.15))) await file();
      const appeal = rng.pick(appeals);
      try {
        const move = rng.chance(0.6) ? await nextStep(appeal) : rng.pick(moves);
        if (move) await move(appeal);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        refused++;
      }
      // Time passes: minutes mostly, now and then days (deadlines pass, progress notes are missed, fed-back appeals close by themselves).
      h.clock.advance(rng.chance(0.05) ? rng.between(DAY, 9 * DAY) : rng.between(MINUTE, 90 * MINUTE));
      if (rng.chance(0.3)) await h.drainTimers();
    }
    await h.drainTimers();
  };

  beforeAll(() => walk());

  it('reaches every counter, both times and the departments (so the comparisons below mean something)', async () => {
    const kept = await snapshot();
    const totals = Object.fromEntries(MEASURE_COUNTERS.map((c, i) => [c, kept.counts.reduce((sum, row) => sum + Number(row.split('|')[7 + i]), 0)]));
    expect(MEASURE_COUNTERS.filter((c) => totals[c] === 0)).toEqual([]);
    expect(kept.durations.some((r) => r.includes('|firstResponse|')) && kept.durations.some((r) => r.includes('|resolution|'))).toBe(true);
    expect(kept.counts.some((r) => r.startsWith('day|department|'))).toBe(true);
    // The 12345 work orders' own rows: deadlines, ratings and times, also a department's.
    const work = kept.counts.filter((r) => r.split('|')[3] === 'city12345');
    expect(work.some((r) => r.startsWith('day|department|')) && kept.durations.some((r) => r.split('|')[3] === 'city12345')).toBe(true);
    expect(work.reduce((sum, row) => sum + Number(row.split('|')[7 + MEASURE_COUNTERS.indexOf('ratings')]), 0)).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  });

  it.each<MeasureSource>(['all', 'city12345'])('gives, from the API, every measure a plain SQL query over the ledger gives (source %s)', async (source) => {
    const service = h.get(MeasuresService);
    const walkedTo = monthPeriod(h.clock.now()).month;
    const periods: MeasuresQueryDto[] = [{ from: '2026-03-15', to: '2026-05-10' }];
    for (let m = monthPeriod('2026-03'); m.month <= walkedTo; m = monthPeriod(m.month, 1)) periods.push({ month: m.month });
    const { communities, departments } = h.fixtures;
    const scopes: MeasuresQueryDto[] = [
      { scope: 'street' },
      ...Object.values(communities).map((c) => ({ scope: 'community' as const, id: c.id })),
      ...Object.values(departments).map((d) => ({ scope: 'department' as const, id: d.id })),
    ];
    let compared = 0;
    for (const period of periods) {
      for (const scope of scopes) {
        const figures = await service.figures(h.ctx('streetAdmin'), { ...scope, ...period, source });
        const oracle = await ledgerOracle(h, scope, source, new Date(figures.period.startsAt), new Date(figures.period.endsAt));
        expect([scope, period, figures.counts]).toEqual([scope, period, oracle.counts]);
        expect(figures.rates).toEqual(ratesOf(oracle.counts));
        for (const row of figures.byTier) {
          expect([row.tier, row.medianFirstResponseMinutes, row.medianResolutionMinutes]).toEqual([
            row.tier,
            oracle.median(row.tier, 'firstResponse'),
            oracle.median(row.tier, 'resolution'),
          ]);
        }
        compared += figures.counts.deadlinesDue + figures.counts.ratings;
      }
    }
    expect(compared).toBeGreaterThan(source === 'all' ? 100 : 20);
  });

  it('keeps the counters equal to a rebuild from the ledger', async () => {
    const kept = await snapshot();
    await h.dataSource.transaction((em) => rebuildMeasureCounters(em, kindOf(h.dataSource)));
    const rebuilt = await snapshot();
    expect(rebuilt.counts).toEqual(kept.counts);
    expect(rebuilt.durations).toEqual(kept.durations);
    expect(rebuilt.open).toEqual(kept.open);
  });
});

/** A datetime as SQL compares it on both databases (what TypeORM stores in SQLite; MariaDB reads it too). */
const sqlTime = (at: Date) => at.toISOString().replace('T', ' ').replace('Z', '');
const asDate = (raw: unknown) => (raw instanceof Date ? raw : new Date(`${String(raw).replace(' ', 'T')}Z`));

/**
 * The measures of a scope, source and period read straight from the ledger's rows with plain SQL — the
 * appeals, their deadlines, ratings and feedbacks, and the dispatch assignments — not from the counters.
 */
async function ledgerOracle(h: ServiceHarness, scope: MeasuresQueryDto, source: MeasureSource, startsAt: Date, endsAt: Date) {
  const department = scope.scope === 'department' ? scope.id! : null;
  const communityIds = scope.scope === 'community' ? [scope.id!] : Object.values(h.fixtures.communities).map((c) => c.id);
  /** The scope: the appeal's community, or the department it had been dispatched to by `at`; of the source's appeals. */
  const inScope = (at: string) =>
    (source === 'all' ? '' : `a.channel = '${source}' AND `) +
    (department === null
      ? `a.communityId IN (${communityIds.join(', ')})`
      : `EXISTS (SELECT 1 FROM dispatch_assignments s WHERE s.appealId = a.id AND s.departmentId = ${department} AND s.dispatchedAt <= ${at})`);
  const period = [sqlTime(startsAt), sqlTime(endsAt)];
  const one = async (sql: string) => {
    const [row] = await h.dataSource.query<Record<string, unknown>[]>(sql, period);
    return (key: string) => Number(row[key] ?? 0);
  };
  const counts = emptyCounts();
  if (department === null) {
    const filed = await one(
      `SELECT COUNT(*) AS n, SUM(CASE WHEN a.proactive = 1 THEN 1 ELSE 0 END) AS p, SUM(CASE WHEN a.channel = 'city12345' THEN 1 ELSE 0 END) AS c
         FROM appeals a WHERE ${inScope('a.receivedAt')} AND a.receivedAt >= ? AND a.receivedAt < ?`,
    );
    [counts.filed, counts.filedProactive, counts.filedCity12345] = [filed('n'), filed('p'), filed('c')];
    const visits = await one(
      `SELECT COUNT(*) AS n FROM appeal_feedbacks f JOIN users u ON u.id = f.byId AND u.role = 'liaison' JOIN appeals a ON a.id = f.appealId
        WHERE ${inScope('f.at')} AND f.at >= ? AND f.at < ?`,
    );
    counts.liaisonVisits = visits('n');
  }
  const deadlines = await one(
    `SELECT COUNT(*) AS n, SUM(CASE WHEN d.met = 1 THEN 1 ELSE 0 END) AS met FROM appeal_deadlines d JOIN appeals a ON a.id = d.appealId
      WHERE ${inScope('d.settledAt')} AND d.dueAt >= ? AND d.dueAt < ?`,
  );
  [counts.deadlinesDue, counts.deadlinesMet] = [deadlines('n'), deadlines('met')];
  const ratings = await one(
    `SELECT COUNT(*) AS n, SUM(CASE WHEN r.solved = 1 THEN 1 ELSE 0 END) AS solved,
            SUM(CASE WHEN r.satisfaction = 'satisfied' THEN 1 ELSE 0 END) AS sat, SUM(CASE WHEN r.satisfaction = 'basicallySatisfied' THEN 1 ELSE 0 END) AS basic
       FROM appeal_ratings r JOIN appeals a ON a.id = r.appealId WHERE ${inScope('r.at')} AND r.at >= ? AND r.at < ?`,
  );
  [counts.ratings, counts.ratedSolved, counts.ratedSatisfied, counts.ratedBasicallySatisfied] = [
    ratings('n'),
    ratings('solved'),
    ratings('sat'),
    ratings('basic'),
  ];
  const closed = await one(
    `SELECT SUM(CASE WHEN a.level = 'community' THEN 1 ELSE 0 END) AS c, SUM(CASE WHEN a.level = 'street' THEN 1 ELSE 0 END) AS s,
            SUM(CASE WHEN a.level = 'taskForce' THEN 1 ELSE 0 END) AS t
       FROM appeals a WHERE a.status = 'closed' AND ${inScope('a.closedAt')} AND a.closedAt >= ? AND a.closedAt < ?`,
  );
  [counts.closedInCommunity, counts.closedAtStreet, counts.closedByTaskForce] = [closed('c'), closed('s'), closed('t')];

  const times = [
    ...(await h.dataSource.query<Record<string, unknown>[]>(
      `SELECT d.tier, d.startedAt AS fromAt, d.respondedAt AS toAt, 'firstResponse' AS measure FROM appeal_deadlines d JOIN appeals a ON a.id = d.appealId
          WHERE d.kind = 'response' AND ${inScope('d.respondedAt')} AND d.respondedAt >= ? AND d.respondedAt < ?`,
      period,
    )),
    ...(await h.dataSource.query<Record<string, unknown>[]>(
      `SELECT a.tier, a.receivedAt AS fromAt, a.resolvedAt AS toAt, 'resolution' AS measure FROM appeals a
          WHERE a.status = 'closed' AND a.resolvedAt IS NOT NULL AND ${inScope('a.closedAt')} AND a.closedAt >= ? AND a.closedAt < ?`,
      period,
    )),
  ];
  const median = (tier: Tier, measure: DurationMeasure) => {
    const mine = times.filter((t) => t.tier === tier && t.measure === measure);
    if (!mine.length) return null;
    const buckets = new Array<number>(DURATION_BUCKETS).fill(0);
    for (const t of mine) buckets[durationBucket(asDate(t.toAt).getTime() - asDate(t.fromAt).getTime())]++;
    return medianMinutes(buckets);
  };
  return { counts, median };
}
