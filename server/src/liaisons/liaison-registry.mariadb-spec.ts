import { AppealActionsService } from '../appeals/appeal-actions.service';
import { AppealIntakeService } from '../appeals/appeal-intake.service';
import { analyseReads, copyRows, type PlanRow } from '../testing/query-plans';
import { createServiceHarness, type ServiceHarness } from '../testing/service-harness';
import { rebuildLiaisonCounts } from './liaison-counters';
import { LiaisonsService } from './liaisons.service';

/** How many appeals (and feedback visits) the ledger holds here: enough that a grouped count of hers would read thousands. */
const LEDGER = 30_000;

/** The most rows any step of the registry or her record may read: her latest ten of each (open and closed), a few liaisons. */
const SMALL = 25;

/**
 * The liaison registry and a liaison's record on MariaDB (docs/performance.md, "Reads as the ledger
 * grows"): on a ledger where one liaison filed a third of 30,000 appeals, was assigned another third
 * and recorded 30,000 feedback visits, among 20,000 residents, every statement they send runs under
 * ANALYZE. The registry reads her counters, never the appeals or their feedbacks; her record reads
 * only her latest reports and visits from their indexes.
 */
describe('the liaison registry reads counters, not the ledger (MariaDB plans)', () => {
  let h: ServiceHarness;

  const copies = (table: string, id: number, times: number, computed: Record<string, string>) => copyRows(h.dataSource, table, id, times, computed);

  beforeAll(async () => {
    h = await createServiceHarness();
    const { communities, users } = h.fixtures;
    const liaison = users.liaisonA.id;
    // One appeal filed by the liaison and visited by her the real way; then copied, as the bulk load writes
    // a ledger (around the services), and her counters rebuilt from it.
    const model = await h
      .get(AppealIntakeService)
      .file(h.ctx('liaisonA'), { channel: 'liaison', content: '巡查发现井盖破损', communityId: communities.a.id }, 'model');
    await h.get(AppealActionsService).accept(h.ctx('staffA'), model.appeal.id, {});
    await h.get(AppealActionsService).assign(h.ctx('staffA'), model.appeal.id, { liaisonId: liaison });
    await h.get(AppealActionsService).feedback(h.ctx('liaisonA'), model.appeal.id, { method: 'visit', content: '已上门' });
    await copies('appeals', model.appeal.id, LEDGER, {
      status: "IF(s.seq % 50 = 0, 'inProgress', 'closed')",
      channel: "IF(s.seq % 3 = 0, 'liaison', 'hotline')",
      filedById: `IF(s.seq % 3 = 0, ${liaison}, ${users.staffA.id})`,
      assignedLiaisonId: `IF(s.seq % 3 = 1, ${liaison}, NULL)`,
      receivedAt: 't.receivedAt - INTERVAL s.seq MINUTE',
      idempotencyKey: "CONCAT('ledger-', s.seq)",
    });
    const [feedback] = await h.dataSource.query<{ id: number }[]>('SELECT id FROM appeal_feedbacks WHERE byId = ?', [liaison]);
    await copies('appeal_feedbacks', feedback.id, LEDGER, { at: 't.at - INTERVAL s.seq MINUTE' });
    const [resident] = await h.dataSource.query<{ id: number }[]>("SELECT id FROM users WHERE role = 'resident' LIMIT 1");
    await copies('users', resident.id, 20_000, {
      wechatOpenId: "CONCAT('ledger-', s.seq)",
      communityId: `IF(s.seq % 2 = 0, ${communities.a.id}, ${communities.b.id})`,
    });
    await rebuildLiaisonCounts(h.dataSource, 'mysql');
    await h.dataSource.query('ANALYZE TABLE appeals, appeal_feedbacks, users, liaison_counts');
  }, 180_000);
  afterAll(() => h.close());

  /** What reads too much: each step of every statement `work` sends that names one of the tables. */
  async function problems(tables: string[], work: () => Promise<unknown>): Promise<string[]> {
    const found: string[] = [];
    for (const table of tables) {
      for (const { sql, plan } of await analyseReads(h.dataSource, table, work)) {
        for (const row of plan) {
          const read = Number(row.r_rows ?? 0);
          if (read > SMALL) found.push(`${table}: ${row.table} via ${row.key ?? 'no index'} read ${read} rows (${row.Extra ?? ''}) in ${sql.slice(0, 120)}`);
        }
      }
    }
    return found;
  }

  const registry = () => h.get(LiaisonsService);

  it.each([
    ['the street admin: the whole street', () => registry().list(h.ctx('streetAdmin'), {})],
    ['community staff: her community', () => registry().list(h.ctx('staffA'), {})],
    ['community staff: one liaison', () => registry().get(h.ctx('staffA'), h.fixtures.users.liaisonA.id)],
  ])('%s: her counts from liaison_counts, no appeal or feedback read', async (_name, read) => {
    const info = await read();
    const mine = [info].flat().find((l) => l.userId === h.fixtures.users.liaisonA.id);
    expect(mine?.counts).toEqual({ reports: LEDGER / 3 + 1, proactiveReports: LEDGER / 3 + 1, visits: LEDGER + 1, participations: LEDGER / 3 + 1 });
    expect(await analyseReads(h.dataSource, 'appeals', read)).toEqual([]);
    expect(await analyseReads(h.dataSource, 'appeal_feedbacks', read)).toEqual([]);
    expect(await problems(['users', 'liaison_counts', 'liaison_profiles'], read)).toEqual([]);
  });

  it('her own record: her counters, and her latest reports and visits from their indexes', async () => {
    const record = () => h.get(LiaisonsService).record(h.ctx('liaisonA'));
    expect(await record()).toMatchObject({ reports: LEDGER / 3 + 1, visits: LEDGER + 1 });
    expect((await record()).recentReports).toHaveLength(10);
    expect(await problems(['appeals', 'appeal_feedbacks', 'liaison_counts'], record)).toEqual([]);
  });

  it('notices a read of her history: the grouped count the registry used to run reads thousands', async () => {
    const [row] = await h.dataSource.query<PlanRow[]>('ANALYZE SELECT COUNT(*) FROM appeal_feedbacks WHERE byId = ?', [h.fixtures.users.liaisonA.id]);
    expect(Number(row.r_rows)).toBeGreaterThan(SMALL);
  });
});
