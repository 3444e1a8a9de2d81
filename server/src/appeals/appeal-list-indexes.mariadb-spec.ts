import { APPEAL_COUNT_LIMIT, CATEGORIES, type AppealListQuery } from '@lingjuli/shared';
import type { FixtureUser } from '../testing/fixtures';
import { analyseReads, copyRows, type PlanRow } from '../testing/query-plans';
import { createServiceHarness, type ServiceHarness } from '../testing/service-harness';
import { AppealIntakeService } from './appeal-intake.service';
import { INVOLVED } from './appeal-involvements';
import { AppealQueriesService } from './appeal-queries.service';
import { AppealSupportService } from './appeal-support.service';
import { Appeal } from './entities/appeal.entity';

/** How many appeals the ledger holds here: enough that MariaDB's optimizer prefers an index to a scan. */
const LEDGER = 30_000;

/** The most rows a page's ids may read: a page and its look-ahead row, with room for a filter that keeps one in ten. */
const PAGE_READ = 10 * 21;

/**
 * The lists' plans on MariaDB (docs/performance.md, "Reads as the ledger grows"): each list a user
 * reaches is asked through the real service on a ledger of 30,000 appeals (one in fifty open), and
 * every statement it sends that reads `appeals` runs under ANALYZE, which counts the rows each step
 * really read. A list that stops reading its page from an index — a scan, a walk through closed
 * appeals, a sort of the whole range — reads far more than a page and fails here, before it is slow
 * on a street's real ledger.
 */
describe('the appeal lists read their page from an index (MariaDB plans)', () => {
  let h: ServiceHarness;

  beforeAll(async () => {
    h = await createServiceHarness();
    const { communities, users } = h.fixtures;
    // One appeal filed the real way, then copied: in four buildings and five categories, one in 50 open, one in 300 filed by the liaison, one in
    // 400 assigned to her, one in 1,000 reported by residentA; the closed ones a minute apart from a day back, the open ones a second apart since.
    const model = await h.get(AppealIntakeService).file(h.ctx('staffA'), { channel: 'hotline', content: '楼道灯不亮', communityId: communities.a.id }, 'model');
    const copied: Record<string, string> = {
      communityId: `ELT(1 + s.seq % 3, ${communities.a.id}, ${communities.b.id}, ${communities.c.id})`,
      buildingId: `ELT(1 + s.seq % 4, ${Object.values(h.fixtures.buildings)
        .map((b) => b.id)
        .join(', ')})`,
      category: `ELT(1 + s.seq % 5, ${CATEGORIES.slice(0, 5)
        .map((c) => `'${c}'`)
        .join(', ')})`,
      status: "IF(s.seq % 50 = 0, 'received', 'closed')",
      supervised: 'IF(s.seq % 150 = 0, 1, 0)',
      reporterId: `IF(s.seq % 1000 = 0, ${users.residentA.id}, NULL)`,
      filedById: `IF(s.seq % 300 = 0, ${users.liaisonA.id}, t.filedById)`,
      assignedLiaisonId: `IF(s.seq % 400 = 0, ${users.liaisonA.id}, NULL)`,
      // The open ones came in last, so their deadlines are the latest (as on a real ledger): a walk
      // through every deadline in order meets all the closed ones first.
      receivedAt: 'IF(s.seq % 50 = 0, t.receivedAt - INTERVAL s.seq SECOND, t.receivedAt - INTERVAL s.seq MINUTE - INTERVAL 1 DAY) - INTERVAL 1 DAY',
      dueAt: 'IF(s.seq % 50 = 0, t.receivedAt - INTERVAL s.seq SECOND, t.receivedAt - INTERVAL s.seq MINUTE - INTERVAL 1 DAY)',
      // Every open one is past its deadline, and all but one in 50 of them responded to: overdue are few.
      respondedAt: 'IF(s.seq % 50 = 0 AND s.seq % 2500 <> 0, t.receivedAt - INTERVAL s.seq SECOND - INTERVAL 1 DAY + INTERVAL 10 MINUTE, NULL)',
      idempotencyKey: "CONCAT('ledger-', s.seq)",
    };
    await copyRows(h.dataSource, 'appeals', model.appeal.id, LEDGER, copied);
    // The city management office works on one in twenty of them (a dispatch, a whistle or a task force).
    await h.dataSource.query(
      'INSERT INTO appeal_involvements (departmentId, appealId, isOpen, dueAt) SELECT ?, id, isOpen, dueAt FROM appeals WHERE id % 20 = 0',
      [h.fixtures.departments.cityManagement.id],
    );
    await h.dataSource.query('ANALYZE TABLE appeals, appeal_involvements');
  }, 120_000);
  afterAll(() => h.close());

  /** Every statement reading `appeals` that the list sends, run under ANALYZE. */
  const analysed = (user: FixtureUser, query: AppealListQuery) =>
    analyseReads(h.dataSource, 'appeals', () => h.get(AppealQueriesService).list(h.ctx(user), query));

  /**
   * What is wrong with the list's reads of `appeals`, if anything: the page's ids read more than a
   * page's worth or sort, the count reads past its limit, or the rows are not read by primary key.
   */
  async function problems(user: FixtureUser, query: AppealListQuery, { sortsHerOwn = false } = {}): Promise<string[]> {
    const found: string[] = [];
    for (const { sql, plan } of await analysed(user, query)) {
      const step = sql.startsWith('SELECT COUNT(*)') ? 'count' : sql.startsWith('SELECT `appeal`.`id` AS `id`') ? 'page' : 'rows';
      for (const row of plan.filter((r) => ['appeal', 'Appeal', INVOLVED].includes(r.table))) {
        const read = Number(row.r_rows ?? 0);
        const what = `${step} of ${row.table} via ${row.key ?? 'no index'} read ${read} rows (${row.Extra ?? ''})`;
        if (step === 'page' && (read > PAGE_READ || ((row.Extra ?? '').includes('filesort') && !sortsHerOwn))) found.push(what);
        if (step === 'count' && read > APPEAL_COUNT_LIMIT + 1) found.push(what);
        if (step === 'rows' && read > PAGE_READ) found.push(what);
      }
    }
    return found;
  }

  it.each<[string, FixtureUser, AppealListQuery]>([
    ['community staff: open, soonest due first', 'staffA', {}],
    ['community staff: open and overdue', 'staffA', { overdue: true }],
    ['community staff: everything, newest first', 'staffA', { open: false, sort: 'recent' }],
    ['the street: open, soonest due first', 'streetAdmin', {}],
    ['the street: open and overdue', 'streetAdmin', { overdue: true }],
    ['the street: everything, newest first', 'streetAdmin', { open: false, sort: 'recent' }],
    // The command centre's landing: the appeals at the street (none here), never a walk through the community's open ones.
    ['the street: open at the street level', 'commandCenter', { level: 'street' }],
    ['a grid secretary: open, soonest due first', 'gridSecretary1', {}],
    // From its involvement rows, never a walk through the street's open appeals asking of each.
    ['a department: the open appeals it works on, soonest due first', 'deptCityManagement', {}],
    // Her task lists: what she reported and the visits asked of her, open, newest first.
    ['a liaison: what she reported', 'liaisonA', { involvement: 'reported' }],
    ['a liaison: the visits asked of her', 'liaisonA', { involvement: 'assigned' }],
  ])('%s: a page and its count, whatever the ledger holds', async (_name, user, query) => {
    expect(await problems(user, query)).toEqual([]);
  });

  it("a resident's appeals: her ids from the reporter and supporter indexes, then only her rows (sorted: they are few)", async () => {
    expect(await problems('residentA', { open: false }, { sortsHerOwn: true })).toEqual([]);
    const scope = (await analysed('residentA', { open: false })).filter(({ sql }) => sql.includes('`reporterId` = ?') && !sql.includes('`appeal`'));
    expect(scope.flatMap(({ plan }) => plan.map((r) => r.key))).toEqual(['IDX_appeals_reporter_recent']);
  });

  it('"me too": the open appeals of the category in the building, from their own index, not the building\'s history', async () => {
    const { buildingId, category } = await h.dataSource.getRepository(Appeal).findOneByOrFail({ idempotencyKey: 'ledger-1' });
    const reads = await analyseReads(h.dataSource, 'appeals', () => h.get(AppealSupportService).similar({ buildingId: buildingId!, category }));
    const rows = reads.flatMap(({ plan }) => plan);
    expect(rows.map((r) => r.key)).toEqual(['IDX_appeals_building_open']);
    expect(rows.filter((r) => Number(r.r_rows) > PAGE_READ || (r.Extra ?? '').includes('filesort'))).toEqual([]);
  });

  it.each<[string, FixtureUser, AppealListQuery]>([
    ['community staff: supervised', 'staffA', { supervised: true }],
    ['community staff: overdue', 'staffA', { overdue: true }],
    ['the street: supervised', 'streetAdmin', { supervised: true }],
    ['the street: overdue', 'streetAdmin', { overdue: true }],
    // Her scope (filed by her or assigned to her) is in both her indexes.
    ['a liaison: what she reported', 'liaisonA', { involvement: 'reported' }],
    ['a liaison: the visits asked of her', 'liaisonA', { involvement: 'assigned' }],
  ])('%s: the filtered queue and its count are read from the index alone, never row by row', async (_name, user, query) => {
    expect(await problems(user, query)).toEqual([]);
    const steps = (await analysed(user, query)).filter(({ sql }) => !sql.includes('IN (')).flatMap(({ plan }) => plan.filter((r) => r.table === 'appeal'));
    expect(steps.filter((r) => !(r.Extra ?? '').includes('Using index'))).toEqual([]);
  });

  it('keeps no index that leads with the deadline alone, which a short page can walk through every closed appeal', async () => {
    // Seen at 10 M: a grid's open queue with LIMIT 21 read all 9.7 M entries of such an index.
    const leading = await h.dataSource.query<{ name: string }[]>(
      "SELECT INDEX_NAME AS name FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'appeals' AND SEQ_IN_INDEX = 1 AND COLUMN_NAME = 'dueAt'",
    );
    expect(leading).toEqual([]);
  });

  it.each<[string, FixtureUser, string]>([
    ['community staff', 'staffA', 'IDX_appeals_overdue'],
    ['the street', 'streetAdmin', 'IDX_appeals_street_overdue'],
  ])('%s: overdue reads the few not responded to from their own range, not every open deadline', async (_name, user, index) => {
    const page = (await analysed(user, { overdue: true })).find(({ sql }) => sql.startsWith('SELECT `appeal`.`id` AS `id`'))!;
    expect(page.plan.map((r) => [r.key, Number(r.r_rows)])).toEqual([[index, expect.any(Number)]]);
    // 12 overdue in the ledger (of 600 open and past due): read as they are, not found among the rest.
    expect(Number(page.plan[0].r_rows)).toBeLessThanOrEqual(12);
  });

  it('a page after a cursor starts where the last one ended, reading no more than the first', async () => {
    const first = await h.get(AppealQueriesService).list(h.ctx('staffA'), { open: false, sort: 'recent' });
    expect(first.nextCursor).not.toBeNull();
    expect(await problems('staffA', { open: false, sort: 'recent', cursor: first.nextCursor! })).toEqual([]);
  });

  it('notices a list that reads the ledger: ordered by a column no index leads with', async () => {
    // The check itself: a sort the indexes do not serve is caught (here, by tier, through the query builder).
    const qb = h.dataSource.createQueryBuilder(Appeal, 'appeal').select('appeal.id', 'id').where('appeal.communityId = :c', { c: h.fixtures.communities.a.id });
    const [sql, parameters] = qb.orderBy('appeal.updatedAt', 'DESC').limit(21).getQueryAndParameters();
    const [row] = await h.dataSource.query<PlanRow[]>(`ANALYZE ${sql}`, parameters);
    expect(Number(row.r_rows) > PAGE_READ || (row.Extra ?? '').includes('filesort')).toBe(true);
  });
});
