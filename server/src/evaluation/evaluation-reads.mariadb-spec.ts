import { AppealIntakeService } from '../appeals/appeal-intake.service';
import { analyseReads, copyRows } from '../testing/query-plans';
import { createServiceHarness, type ServiceHarness } from '../testing/service-harness';
import { rebuildEvaluationRollups } from './evaluation-rollups';
import { DepartmentRankingService } from './department-ranking.service';
import { EvaluationService } from './evaluation.service';

/** Dispatched appeals in the ledger here, over about twelve weeks: enough that reading them shows. */
const LEDGER = 30_000;

/** One appeal in this many is still open: its two departments' parts are running, read live. */
const RUNNING_EVERY = 100;

/**
 * A secretary's departments to score on MariaDB (docs/performance.md, "Reads as the ledger grows"):
 * a quarter's whole Beijing days come from the collaboration rollup, at most a row per department and
 * day, however many whistles and dispatch orders the quarter holds; only the part of a day at a period's
 * start or end that is not Beijing midnight reads whistles and dispatch orders, that part's only. The
 * ranking's ratings and settled outcomes likewise come from their rollups, and only the parts still
 * running (of open appeals and whistles) are read.
 */
describe("the evaluation's period sums read the period's days, not its rows (MariaDB plans)", () => {
  let h: ServiceHarness;

  beforeAll(async () => {
    h = await createServiceHarness();
    const { communities, users, departments } = h.fixtures;
    const model = await h.get(AppealIntakeService).file(h.ctx('staffA'), { channel: 'hotline', content: '楼道灯不亮', communityId: communities.a.id }, 'model');
    const copied: Record<string, string> = {
      communityId: `ELT(1 + s.seq % 3, ${communities.a.id}, ${communities.b.id}, ${communities.c.id})`,
      status: "'closed'",
      receivedAt: 't.receivedAt - INTERVAL (s.seq * 4) MINUTE',
      dueAt: 't.receivedAt - INTERVAL (s.seq * 4) MINUTE + INTERVAL 5 DAY',
      idempotencyKey: "CONCAT('ledger-', s.seq)",
    };
    await copyRows(h.dataSource, 'appeals', model.appeal.id, LEDGER, copied);
    // Each copy dispatched an hour after it came in, to the city office (lead) and the parks bureau, and ended two days
    // later but one in RUNNING_EVERY; one in ten whistled too.
    await h.dataSource.query(
      `INSERT INTO dispatch_orders (appealId, status, reason, requestedById, requestedAt, consultedWithId, consultationNote, dispatchedById, dispatchedAt, appealDueAt)
       SELECT id, 'dispatched', '需街道协调', ?, receivedAt, NULL, '', ?, receivedAt + INTERVAL 1 HOUR, dueAt FROM appeals WHERE id <> ?`,
      [users.staffA.id, users.commandCenter.id, model.appeal.id],
    );
    await h.dataSource.query(
      `INSERT INTO dispatch_assignments (orderId, appealId, departmentId, role, dispatchedAt, appealEndedAt, completedAt)
       SELECT o.id, o.appealId, d.id, IF(d.id = ?, 'lead', 'assist'), o.dispatchedAt,
              IF(o.appealId % ${RUNNING_EVERY} = 0, NULL, o.dispatchedAt + INTERVAL 2 DAY), o.dispatchedAt + INTERVAL 1 DAY
       FROM dispatch_orders o JOIN departments d ON d.id IN (?, ?)`,
      [departments.cityManagement.id, departments.cityManagement.id, departments.parks.id],
    );
    await h.dataSource.query(
      `INSERT INTO whistles (communityId, appealId, subject, description, tier, status, createdById, createdAt, reportInDueAt)
       SELECT communityId, NULL, '协调处置', '需要科室到场', 'ordinary', 'closed', ?, receivedAt, receivedAt + INTERVAL 1 DAY FROM appeals WHERE id % 10 = 0`,
      [users.staffA.id],
    );
    await h.dataSource.query(
      `INSERT INTO whistle_targets (whistleId, departmentId, status, reportedInAt, whistleStatus, whistleCreatedAt)
       SELECT id, ?, 'reportedIn', createdAt, status, createdAt FROM whistles`,
      [departments.safety.id],
    );
    // Each copy rated two days after it came in (on the callback).
    await h.dataSource.query(
      `INSERT INTO appeal_ratings (appealId, round, raterId, solved, satisfaction, comment, at, source, recordedById, tier, category)
       SELECT id, 1, NULL, 1, IF(id % 4 = 0, 'unsatisfied', 'satisfied'), NULL, receivedAt + INTERVAL 2 DAY, 'callback', ?, tier, category FROM appeals WHERE id <> ?`,
      [users.staffA.id, model.appeal.id],
    );
    // Loaded past the services, as the ledger generator does: the rollup is rebuilt from the rows.
    await rebuildEvaluationRollups(h.dataSource, 'mysql');
    await h.dataSource.query(
      'ANALYZE TABLE appeals, dispatch_orders, dispatch_assignments, whistles, whistle_targets, appeal_ratings, collaboration_days, rating_days, outcome_days',
    );
  }, 180_000);
  afterAll(() => h.close());

  const departmentsToScore = async (name: string, startsAt: string, endsAt: string) => {
    const period = await h.get(EvaluationService).createPeriod({ name, startsAt, endsAt });
    return () => h.get(EvaluationService).departmentsToScore(h.ctx('secretaryA'), period.id);
  };
  /** The statements that read `table` (not merely name a column of that name), under ANALYZE. */
  const reading = async (table: string, work: () => Promise<unknown>) =>
    (await analyseReads(h.dataSource, table, work)).filter(({ sql }) => new RegExp(`(FROM|JOIN) \`${table}\``).test(sql));
  const rowsRead = (plans: { plan: { table: string; r_rows: number | string | null }[] }[]) =>
    plans.flatMap(({ plan }) => plan.map((row) => Number(row.r_rows ?? 0))).reduce((a, b) => a + b, 0);

  it('sums a quarter and its evidence from at most a row per department and day, and reads only the running parts', async () => {
    const work = await departmentsToScore('2026年第1季度', '2025-12-31T16:00:00.000Z', '2026-03-31T16:00:00.000Z');
    const listed = await work();
    // The rows are there: community A's third of the ledger, dispatched and whistled in the quarter.
    expect(listed.find((r) => r.department.id === h.fixtures.departments.cityManagement.id)!.dispatched).toBeGreaterThan(5_000);
    expect(listed.find((r) => r.department.id === h.fixtures.departments.safety.id)!.whistles).toBeGreaterThan(500);

    // The evidence: the city office's parts settled on time, residents' ratings of them (one in four unsatisfied).
    const evidence = listed.find((r) => r.department.id === h.fixtures.departments.cityManagement.id)!.evidence;
    expect(evidence.dispatchedOnTime).toBeGreaterThan(5_000);
    expect(evidence.satisfied / evidence.rated).toBeCloseTo(0.75, 1);

    // 90 days, 3 departments: community A's rows of each rollup.
    for (const rollup of ['collaboration_days', 'outcome_days', 'rating_days']) {
      const days = await reading(rollup, work);
      expect(days).toHaveLength(1);
      expect(rowsRead(days)).toBeLessThanOrEqual(90 * 3);
    }
    for (const table of ['dispatch_orders', 'appeal_ratings']) expect(await reading(table, work)).toEqual([]);
    // The running parts only, by their index: two an open appeal (and their appeals) of every community, not community A's ~20,000.
    const running = await reading('dispatch_assignments', work);
    expect(running).toHaveLength(1);
    expect(rowsRead(running)).toBeLessThanOrEqual(2 * 2 * (LEDGER / RUNNING_EVERY));
    const runningReportIns = await reading('whistle_targets', work);
    expect(runningReportIns.flatMap(({ plan }) => plan.map((r) => r.key))).toContain('IDX_whistle_targets_running');
    expect(rowsRead(runningReportIns)).toBe(0);
  });

  it("sums a quarter's ratings and settled outcomes for the ranking by department and day, and reads only the running parts", async () => {
    const period = await h.get(EvaluationService).createPeriod({ name: '排名季度', startsAt: '2025-12-31T16:00:00.000Z', endsAt: '2026-03-31T16:00:00.000Z' });
    const work = () => h.get(DepartmentRankingService).ranking(period.id);
    const city = (await work()).rows.find((r) => r.departmentId === h.fixtures.departments.cityManagement.id)!;
    expect(city.measures.satisfaction).toBeCloseTo(75, 0);
    expect(city.measures.dispatchOnTime).toBe(100);
    for (const rollup of ['rating_days', 'outcome_days']) {
      const days = await reading(rollup, work);
      expect(days).toHaveLength(1);
      // 90 days, 3 departments: the street's totals, not each community's.
      expect(rowsRead(days)).toBeLessThanOrEqual(90 * 3);
    }
    expect(await reading('appeal_ratings', work)).toEqual([]);
    // The running parts: two an open appeal (and their appeals), not the quarter's 2 × ~20,000.
    const running = await reading('dispatch_assignments', work);
    expect(running).toHaveLength(1);
    expect(rowsRead(running)).toBeLessThanOrEqual(2 * 2 * (LEDGER / RUNNING_EVERY));
    // Every whistle here is closed: the running parts' index finds none.
    const runningReportIns = await reading('whistle_targets', work);
    expect(runningReportIns.flatMap(({ plan }) => plan.map((r) => r.key))).toContain('IDX_whistle_targets_running');
    expect(rowsRead(runningReportIns)).toBe(0);
  });

  it("reads the rows of a period's part-days only, not the period's", async () => {
    const work = await departmentsToScore('跨零点', '2026-01-10T19:00:00.000Z', '2026-02-20T02:00:00.000Z');
    // Eleven hours at the start and ten at the end: about 21 h × 15 dispatched an hour, each read with its two departments
    // and their appeals, once for what was worked and once for the evidence; and the whole days' running parts. The whole
    // period would be 40 days of them (about 86,000 rows).
    for (const table of ['dispatch_assignments', 'whistles']) {
      const plans = await reading(table, work);
      expect(plans.length).toBeGreaterThan(0);
      expect(rowsRead(plans)).toBeLessThanOrEqual(2 * 6 * 21 * 15 + 2 * 2 * (LEDGER / RUNNING_EVERY));
    }
  });
});
