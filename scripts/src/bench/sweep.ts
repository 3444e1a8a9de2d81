/**
 * Sweep cost against backlog: the time to process 1,000 due timers with 10,000 and then with
 * 1,000,000 open appeals in the same MariaDB database. The drain reads the due-time index, so the
 * two should be close; a sweep that scanned the backlog would be ~100× slower the second time.
 *
 *   npm run build && node scripts/dist/bench/sweep.js [--large 1000000] [--small 10000] [--due 1000]
 *
 * Needs MariaDB (BENCH_MARIADB_URL, default mariadb://root@127.0.0.1:3306); uses its seq_1_to_N tables.
 */
import { TimerDrain, dropMysqlDatabase } from '@lingjuli/server';
import { numberOption as arg } from '../cli';
import { freshContext, minimalStreet } from './bench-database';

const SMALL = arg('small', 10_000);
const LARGE = arg('large', 1_000_000);
const DUE = arg('due', 1_000);
const CHUNK = 100_000;
const DAY_MS = 86_400_000;

async function main(): Promise<void> {
  const { url, context } = await freshContext('lingjuli_bench_sweep');
  const q = <Row = unknown>(sql: string, params: unknown[] = []) => context.dataSource.query<Row[]>(sql, params);
  try {
    const street = await minimalStreet(context);
    const now = new Date();
    context.clock.set(now);

    /** Adds `count` open appeals with deadlines weeks ahead, each with its pending warning and breach timers. */
    const addBacklog = async (count: number) => {
      for (let done = 0; done < count; done += CHUNK) {
        const n = Math.min(CHUNK, count - done);
        await insertAppeals(n, new Date(now.getTime() - DAY_MS), new Date(now.getTime() + 30 * DAY_MS), `backlog-${Date.now()}-${done}`);
      }
    };
    /** Adds `count` appeals whose deadline passed a minute ago: their breach timers are due now. */
    const addDue = async () => insertAppeals(DUE, new Date(now.getTime() - 7 * DAY_MS - 60_000), new Date(now.getTime() - 60_000), `due-${Date.now()}`);

    const insertAppeals = async (count: number, receivedAt: Date, dueAt: Date, keyPrefix: string) => {
      const [{ id: before }] = await q<{ id: number }>('SELECT COALESCE(MAX(id), 0) AS id FROM appeals');
      const warnAt = new Date(dueAt.getTime() - 0.2 * 7 * DAY_MS);
      await q(
        `INSERT INTO appeals (communityId, channel, category, tier, level, status, content, proactive, filedById, firstResponderId,
           handlerId, proposedTier, proposedCategory, triageReason, tierPolicyVersion, receivedAt, cycleStartedAt, dueAt, warnAt,
           idempotencyKey, requestHash, updatedAt)
         SELECT ?, 'hotline', 'sanitation', 'ordinary', 'community', 'inProgress', CONCAT('基准诉求 ', seq), 0, ?, ?, ?, 'ordinary',
           'sanitation', '类别「环境卫生与垃圾」默认 → 一般', 1, ?, ?, ?, ?, CONCAT(?, '-', seq), REPEAT('0', 64), ?
         FROM seq_1_to_${count}`,
        [street.communityId, street.staffId, street.staffId, street.staffId, receivedAt, receivedAt, dueAt, warnAt, keyPrefix, now],
      );
      const past = dueAt.getTime() < now.getTime();
      // The warning of a passed deadline has already fired; the breach is pending either way.
      await q(
        `INSERT INTO appeal_timers (ownerType, ownerId, kind, fireAt, deadline, firedAt) SELECT 'appeal', id, 'warning', ?, dueAt, ? FROM appeals WHERE id > ?`,
        [past ? null : warnAt, past ? warnAt : null, before],
      );
      await q(
        `INSERT INTO appeal_timers (ownerType, ownerId, kind, fireAt, deadline) SELECT 'appeal', id, 'breach', DATE_ADD(dueAt, INTERVAL 1000 MICROSECOND), dueAt FROM appeals WHERE id > ?`,
        [before],
      );
    };

    const drain = context.app.get(TimerDrain);
    const measure = async (label: string) => {
      await addDue();
      await q('ANALYZE TABLE appeals, appeal_timers');
      const [{ open }] = await q<{ open: number | string }>("SELECT COUNT(*) AS open FROM appeals WHERE status NOT IN ('closed', 'withdrawn', 'rejected')");
      const started = process.hrtime.bigint();
      const result = await drain.drain();
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (result.fired !== DUE) throw new Error(`expected ${DUE} fired, got ${JSON.stringify(result)}`);
      console.log(
        `${label}: ${Number(open).toLocaleString('en')} open appeals → ${DUE} due timers drained in ${ms.toFixed(0)} ms (${((DUE / ms) * 1000).toFixed(0)}/s)`,
      );
      return ms;
    };

    let started = Date.now();
    await addBacklog(SMALL);
    console.log(`loaded ${SMALL.toLocaleString('en')} backlog appeals in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const small = await measure('small backlog');

    started = Date.now();
    await addBacklog(LARGE - SMALL - DUE);
    console.log(`loaded up to ${LARGE.toLocaleString('en')} backlog appeals in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const large = await measure('large backlog');

    const plan = await q<{ key: string | null; rows: number; type: string }>(
      'EXPLAIN SELECT * FROM appeal_timers t WHERE t.fireAt <= ? ORDER BY t.fireAt ASC, t.id ASC LIMIT 100 FOR UPDATE SKIP LOCKED',
      [new Date()],
    );
    console.log('drain query plan:', plan.map((r) => `${r.type} via ${r.key} (~${r.rows} rows)`).join('; '));
    console.log(`ratio large/small: ${(large / small).toFixed(2)}×`);
  } finally {
    await context.close();
    if (!process.argv.includes('--keep')) await dropMysqlDatabase(url);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
