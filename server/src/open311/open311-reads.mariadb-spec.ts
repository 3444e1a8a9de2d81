import { AppealIntakeService } from '../appeals/appeal-intake.service';
import { analyseReads, copyRows, type PlanRow } from '../testing/query-plans';
import { createServiceHarness, type ServiceHarness } from '../testing/service-harness';
import { Open311Client } from './open311-client.entity';
import { LIST_LIMIT } from './open311-input';
import { Open311Service } from './open311.service';

/** Appeals on the ledger: three communities, one filed every five minutes for 104 days back. */
const LEDGER = 30_000;

/**
 * The Open311 reads on a big ledger (docs/performance.md, "Reads as the ledger grows"), under MariaDB's
 * ANALYZE: the requests of a key's communities come from each community's receipts index, at most a
 * capped page each, never sorted; the status updates from the public lines' time index, in order, each
 * line's appeal by its primary key — however long the ledger grows before the range asked for.
 */
describe('the Open311 reads stay on their indexes (MariaDB plans)', () => {
  let h: ServiceHarness;
  let street: Open311Client;
  let one: Open311Client;

  beforeAll(async () => {
    h = await createServiceHarness();
    const { communities, users } = h.fixtures;
    const model = await h.get(AppealIntakeService).file(h.ctx('staffA'), { channel: 'hotline', content: '楼道灯不亮', communityId: communities.a.id }, 'model');
    await copyRows(h.dataSource, 'appeals', model.appeal.id, LEDGER, {
      communityId: `ELT(1 + s.seq % 3, ${communities.a.id}, ${communities.b.id}, ${communities.c.id})`,
      category: "ELT(1 + s.seq % 4, 'water', 'noise', 'parking', 'lift')",
      status: "IF(s.seq % 20 = 0, 'inProgress', 'closed')",
      receivedAt: 't.receivedAt - INTERVAL (s.seq * 5) MINUTE',
      idempotencyKey: "CONCAT('ledger-', s.seq)",
    });
    // Two lines an appeal an hour after it came in: a public one (its acceptance) and an internal note.
    await h.dataSource.query(
      `INSERT INTO appeal_events (appealId, type, actorId, actorRole, at, fromStatus, toStatus, note, visibility, data)
       SELECT a.id, v.type, NULL, 'communityStaff', a.receivedAt + INTERVAL 1 HOUR, 'received', 'inProgress', v.note, v.visibility, NULL
       FROM appeals a JOIN (SELECT 'accept' AS type, NULL AS note, 'public' AS visibility UNION ALL SELECT 'addNote', '内部记录', 'internal') v`,
    );
    await h.dataSource.query('ANALYZE TABLE appeals, appeal_events');
    const client = (name: string, communityIds: number[]) =>
      h.dataSource.getRepository(Open311Client).save({
        name,
        keyHash: name.padEnd(64, '0'),
        keyPrefix: name.slice(0, 12),
        communityIds,
        canWrite: false,
        createdById: users.streetAdmin.id,
        createdAt: h.clock.now(),
        revokedAt: null,
        lastUsedAt: null,
      });
    street = await client('street', [communities.a.id, communities.b.id, communities.c.id]);
    one = await client('one', [communities.a.id]);
  }, 180_000);
  afterAll(() => h.close());

  const steps = (plan: PlanRow[]) =>
    plan.map((row) => ({ table: row.table, key: row.key, read: Number(row.r_rows ?? 0), sorts: (row.Extra ?? '').includes('filesort') }));

  it('lists requests from each community’s receipts index: a capped page each, no sort', async () => {
    let found = 0;
    const reads = await analyseReads(h.dataSource, 'appeals', async () => {
      found = (await h.get(Open311Service).requests(street, { status: 'open' })).length;
    });
    expect(found).toBeGreaterThan(0);
    const pages = reads.filter(({ sql }) => sql.includes('IDX_appeals_community_recent'));
    expect(pages).toHaveLength(3);
    for (const { plan } of pages) {
      const [step] = steps(plan);
      expect(step).toMatchObject({ key: 'IDX_appeals_community_recent', sorts: false });
      // The 90 days' receipts of one community, read from the index alone (the status filter rides in it).
      expect(step.read).toBeLessThanOrEqual(LEDGER / 3);
      expect(plan[0].Extra).toContain('Using index');
    }
    const rows = reads.find(({ sql }) => !sql.includes('IDX_appeals_community_recent'))!;
    expect(steps(rows.plan).find((s) => s.table === 'a')).toMatchObject({ key: 'PRIMARY' });
  });

  it('stops at 1,000 requests, the newest', async () => {
    const reads = await analyseReads(h.dataSource, 'appeals', async () => {
      expect(await h.get(Open311Service).requests(one, {})).toHaveLength(LIST_LIMIT);
    });
    const page = reads.find(({ sql }) => sql.includes('IDX_appeals_community_recent'))!;
    expect(steps(page.plan)[0]).toMatchObject({ key: 'IDX_appeals_community_recent', read: LIST_LIMIT, sorts: false });
  });

  it('reads the updates in time order from the public lines’ index, each appeal by its primary key', async () => {
    for (const [client, share] of [
      [street, 1],
      [one, 3],
    ] as const) {
      let updates = 0;
      const reads = await analyseReads(h.dataSource, 'appeal_events', async () => {
        updates = (await h.get(Open311Service).updates(client, {})).length;
      });
      expect(updates).toBe(LIST_LIMIT);
      expect(reads).toHaveLength(1);
      const [events, appeals] = steps(reads[0].plan);
      expect(events).toMatchObject({ table: 'e', key: 'IDX_appeal_events_public_time', sorts: false });
      // A key of one community of three passes over the others' lines: about three for each of its own.
      expect(events.read).toBeLessThanOrEqual(LIST_LIMIT * share * 1.1);
      expect(appeals).toMatchObject({ table: 'a', key: 'PRIMARY' });
    }
  });
});
