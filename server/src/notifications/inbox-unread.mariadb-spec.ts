import { analyseReads } from '../testing/query-plans';
import { createServiceHarness, type ServiceHarness } from '../testing/service-harness';
import { NotificationsService } from './notifications.service';

/** What she has read (the case: staff who have read 18,500 messages; 20,000 here). */
const READ = 20_000;

/**
 * Her unread messages come from an index of (recipient, read time, id), so the inbox's unread view
 * reads only what is unread however much she has read (docs/performance.md, "Reads as the ledger
 * grows"). Checked with MariaDB's ANALYZE on the statement the service sends.
 */
describe('the unread inbox reads only what is unread (MariaDB plans)', () => {
  let h: ServiceHarness;

  beforeAll(async () => {
    h = await createServiceHarness();
    const staff = h.fixtures.users.staffA.id;
    await h.dataSource.query(
      `INSERT INTO inbox_messages (outboxId, recipientId, kind, title, body, appealId, createdAt, readAt)
       SELECT 1000000 + s.seq, ?, 'appealProgress', '诉求进展', '已处理', NULL, NOW() - INTERVAL s.seq MINUTE, IF(s.seq <= 3, NULL, NOW())
       FROM seq_1_to_${READ} s`,
      [staff],
    );
    await h.dataSource.query('ANALYZE TABLE inbox_messages');
  }, 120_000);
  afterAll(() => h.close());

  it('her three unread messages, reading three rows', async () => {
    let unread: unknown[] = [];
    const reads = await analyseReads(h.dataSource, 'inbox_messages', async () => {
      unread = await h.get(NotificationsService).list(h.ctx('staffA'), true);
    });
    expect(unread).toHaveLength(3);
    expect(reads.flatMap(({ plan }) => plan.map((row) => ({ key: row.key, read: Number(row.r_rows), sorts: (row.Extra ?? '').includes('filesort') })))).toEqual(
      [{ key: 'IDX_inbox_messages_unread', read: 3, sorts: false }],
    );
  });
});
