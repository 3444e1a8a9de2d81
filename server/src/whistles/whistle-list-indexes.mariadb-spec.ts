import type { WhistleListQuery } from '@lingjuli/shared';
import { AppealIntakeService } from '../appeals/appeal-intake.service';
import { AppealQueriesService } from '../appeals/appeal-queries.service';
import type { FixtureUser } from '../testing/fixtures';
import { analyseReads, copyRows, type PlanRow } from '../testing/query-plans';
import { createServiceHarness, type ServiceHarness } from '../testing/service-harness';
import { WhistleQueriesService } from './whistle-queries.service';
import { WhistlesService } from './whistles.service';

/** Whistles in the ledger here (one in 30 open, one in 5 also whistling the parks bureau), and appeals with a dispatch order. */
const WHISTLES = 20_000;
const ORDERS = 10_000;

/** A page of pending orders and its look-ahead row, twice over for the joins' probes. */
const PAGE_READ = 2 * 51;

/** A page of whistles and its look-ahead row, likewise. */
const WHISTLE_PAGE_READ = 2 * 21;

/**
 * The whistle list and the pending dispatch orders on MariaDB (docs/architecture.md, "Lists that
 * grow"): asked through the real services on a ledger of 20,000 whistles and 10,000 dispatch orders,
 * every statement they send runs under ANALYZE. A page read by a scan or a sort of the history
 * reads far more than a page and fails here.
 */
describe('the whistle list and the pending dispatch orders read a page from an index (MariaDB plans)', () => {
  let h: ServiceHarness;

  beforeAll(async () => {
    h = await createServiceHarness();
    const { communities, departments } = h.fixtures;
    const model = await h
      .get(WhistlesService)
      .create(h.ctx('staffA'), { subject: '路灯不亮', description: '主路路灯不亮', departmentIds: [departments.cityManagement.id] });
    await h.dataSource.query(
      `INSERT INTO whistles (communityId, appealId, subject, description, tier, status, createdById, createdAt, reportInDueAt, closedAt, closedById)
       SELECT ELT(1 + s.seq % 3, ${communities.a.id}, ${communities.b.id}, ${communities.c.id}), NULL, w.subject, w.description, w.tier,
              IF(s.seq % 30 = 0, 'open', 'closed'), w.createdById, w.createdAt - INTERVAL s.seq MINUTE, w.reportInDueAt, NULL, NULL
       FROM whistles w JOIN seq_1_to_${WHISTLES} s WHERE w.id = ?`,
      [model.id],
    );
    await h.dataSource.query(
      `INSERT INTO whistle_targets (whistleId, departmentId, status, whistleStatus, whistleCreatedAt)
       SELECT w.id, IF(w.id % 5 = 0, ?, ?), 'completed', w.status, w.createdAt FROM whistles w WHERE w.id <> ?`,
      [departments.parks.id, departments.cityManagement.id, model.id],
    );
    // Appeals copied from one filed the real way, each with a dispatch order: one in 20 pending (its appeal open). Their
    // deadlines a day apart over a week back (most past), one in three responded to: the pending ones overdue, past due
    // but responded to, and in time, for the overdue-first order.
    const { appeal } = await h
      .get(AppealIntakeService)
      .file(h.ctx('staffA'), { channel: 'hotline', content: '私搭乱建', communityId: communities.a.id }, 'model');
    const copied: Record<string, string> = {
      status: "IF(s.seq % 20 = 0, 'inProgress', 'closed')",
      idempotencyKey: "CONCAT('ledger-', s.seq)",
      dueAt: 't.receivedAt + INTERVAL 1 DAY - INTERVAL s.seq % 7 DAY - INTERVAL s.seq SECOND',
      respondedAt: 'IF(s.seq % 3 = 0, t.receivedAt, NULL)',
    };
    await copyRows(h.dataSource, 'appeals', appeal.id, ORDERS, copied);
    await h.dataSource.query(
      `INSERT INTO dispatch_orders (appealId, status, reason, requestedAt, consultationNote, appealDueAt, appealResponded)
       SELECT a.id, IF(a.status = 'closed', 'dispatched', 'pending'), '上报', a.receivedAt - INTERVAL a.id MINUTE, '', a.dueAt, a.respondedAt IS NOT NULL
       FROM appeals a WHERE a.id <> ?`,
      [appeal.id],
    );
    await h.dataSource.query('ANALYZE TABLE whistles, whistle_targets, appeals, dispatch_orders');
  }, 120_000);
  afterAll(() => h.close());

  /**
   * What each statement's plan read more than `most` rows of, on any table, or sorted — but for the
   * read of the page's own rows by their ids, which sorts only those.
   */
  const overreads = (reads: { sql: string; plan: PlanRow[] }[], most: number) =>
    reads.flatMap(({ sql, plan }) =>
      plan
        .filter((row) => Number(row.r_rows ?? 0) > most || ((row.Extra ?? '').includes('filesort') && !sql.includes('`whistle`.`id` IN (')))
        .map((row) => `${row.table} via ${row.key ?? 'no index'} read ${row.r_rows} rows (${row.Extra ?? ''})`),
    );

  const whistles = (user: FixtureUser, query: WhistleListQuery) =>
    analyseReads(h.dataSource, 'whistles', () => h.get(WhistleQueriesService).list(h.ctx(user), query));

  it.each<[string, FixtureUser, WhistleListQuery, number]>([
    ['community staff: their whistles', 'staffA', {}, WHISTLE_PAGE_READ],
    ['community staff: their open whistles', 'staffA', { status: 'open' }, WHISTLE_PAGE_READ],
    ['the street: every whistle', 'streetAdmin', {}, WHISTLE_PAGE_READ],
    ['the street: the open ones', 'streetAdmin', { status: 'open' }, WHISTLE_PAGE_READ],
    ['a department: its whistles', 'deptParks', {}, WHISTLE_PAGE_READ],
    ['a department: its open whistles', 'deptParks', { status: 'open' }, WHISTLE_PAGE_READ],
  ])('%s: a page, never the history', async (_name, user, query, most) => {
    const reads = await whistles(user, query);
    expect(reads.length).toBeGreaterThan(0);
    expect(overreads(reads, most)).toEqual([]);
  });

  it('the next page after a cursor reads no more than the first', async () => {
    const first = await h.get(WhistleQueriesService).list(h.ctx('streetAdmin'), {});
    expect(first.nextCursor).not.toBeNull();
    expect(overreads(await whistles('streetAdmin', { cursor: first.nextCursor! }), WHISTLE_PAGE_READ)).toEqual([]);
  });

  it('pending dispatch orders: the oldest page, read in the index order of the pending ones', async () => {
    const reads = await analyseReads(h.dataSource, 'dispatch_orders', () => h.get(AppealQueriesService).pendingDispatchOrders(h.ctx('commandCenter')));
    expect(reads.length).toBeGreaterThan(0);
    expect(overreads(reads, PAGE_READ)).toEqual([]);
    expect(reads.flatMap(({ plan }) => plan.filter((r) => r.table === 'order').map((r) => r.key))).toEqual(['IDX_dispatch_orders_status_requested']);
  });

  it('pending dispatch orders, overdue first: every page from the ranges of the two deadline indexes', async () => {
    const keys = new Set<string>();
    const pages: string[][] = [];
    let cursor: string | undefined;
    do {
      const page = { next: null as string | null };
      const reads = await analyseReads(h.dataSource, 'dispatch_orders', async () => {
        page.next = (
          await h.get(AppealQueriesService).pendingDispatchOrders(h.ctx('commandCenter'), { sort: 'overdue', ...(cursor ? { cursor } : {}) })
        ).nextCursor;
      });
      expect(reads.length).toBeGreaterThan(0);
      pages.push(overreads(reads, PAGE_READ));
      for (const { plan } of reads) for (const r of plan.filter((row) => row.table === 'order')) keys.add(r.key ?? 'no index');
      cursor = page.next ?? undefined;
    } while (cursor);
    expect(pages.length).toBeGreaterThan(5);
    expect(pages.flat()).toEqual([]);
    expect([...keys].sort()).toEqual(['IDX_dispatch_orders_status_due', 'IDX_dispatch_orders_status_responded_due']);
  });

  it('notices a list that reads the history: the pending orders sorted by a time no index leads with', async () => {
    const [sql] = h.dataSource
      .createQueryBuilder()
      .select('o.id')
      .from('dispatch_orders', 'o')
      .where("o.status = 'dispatched'")
      .orderBy('o.reason')
      .limit(51)
      .getQueryAndParameters();
    expect(overreads([{ sql, plan: await h.dataSource.query<PlanRow[]>(`ANALYZE ${sql}`) }], PAGE_READ)).not.toEqual([]);
  });
});
