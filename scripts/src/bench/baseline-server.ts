/**
 * The intake benchmark's baseline: a minimal Node HTTP server that does the same writes as filing
 * an appeal (the appeal, its timeline row, its two timers, and the measures' counters — the day's and
 * the month's row and the community's open count — in one transaction) with mysql2 directly — no
 * framework, no ORM, no validation, no authentication.
 *
 *   DATABASE_URL=mariadb://root@127.0.0.1:3306/db PORT=3902 node scripts/dist/bench/baseline-server.js
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { monthPeriod, shanghaiDayStart } from '@lingjuli/shared';
import { createPool } from 'mysql2/promise';

const url = new URL(process.env.DATABASE_URL ?? '');
const pool = createPool({
  host: url.hostname,
  port: Number(url.port || 3306),
  user: decodeURIComponent(url.username),
  password: decodeURIComponent(url.password),
  database: url.pathname.slice(1),
  connectionLimit: 20,
  timezone: 'Z',
});
const WEEK_MS = 7 * 86_400_000;

const server = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk: Buffer) => (body += chunk.toString()));
  req.on('end', () => void file(body, req, res));
});

/** One filing: the inserts in one transaction, 201 with the appeal, or 500 with the error. */
async function file(body: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  try {
    const input = JSON.parse(body) as { content: string; communityId: number; filedById: number };
    const key = String(req.headers['idempotency-key']);
    const now = new Date();
    const dueAt = new Date(now.getTime() + WEEK_MS);
    const warnAt = new Date(now.getTime() + 0.8 * WEEK_MS);
    const connection = await pool.getConnection();
    try {
      await connection.beginTransaction();
      const [appeal] = await connection.execute<import('mysql2').ResultSetHeader>(
        `INSERT INTO appeals (communityId, channel, category, tier, level, status, content, proactive, reporterId, filedById,
           proposedTier, proposedCategory, triageReason, tierPolicyVersion, receivedAt, cycleStartedAt, dueAt, warnAt,
           idempotencyKey, requestHash, updatedAt)
         VALUES (?, 'online', 'sanitation', 'ordinary', 'community', 'received', ?, 0, ?, ?, 'ordinary', 'sanitation', '—', 1, ?, ?, ?, ?, ?, ?, ?)`,
        [input.communityId, input.content, input.filedById, input.filedById, now, now, dueAt, warnAt, key, '0'.repeat(64), now],
      );
      const id = appeal.insertId;
      await connection.execute(
        `INSERT INTO appeal_events (appealId, type, actorId, actorRole, at, toStatus, visibility) VALUES (?, 'file', ?, 'resident', ?, 'received', 'public')`,
        [id, input.filedById, now],
      );
      await connection.execute(
        `INSERT INTO appeal_timers (ownerType, ownerId, kind, fireAt, deadline) VALUES ('appeal', ?, 'warning', ?, ?), ('appeal', ?, 'breach', ?, ?)`,
        [id, warnAt, dueAt, id, new Date(dueAt.getTime() + 1), dueAt],
      );
      await connection.execute(
        `INSERT INTO measure_counts (grain, scope, scopeId, periodStart, tier, category, filed) VALUES ('day', 'community', ?, ?, 'ordinary', 'sanitation', 1),
           ('month', 'community', ?, ?, 'ordinary', 'sanitation', 1) ON DUPLICATE KEY UPDATE filed = filed + VALUES(filed)`,
        [input.communityId, shanghaiDayStart(now), input.communityId, monthPeriod(now).startsAt],
      );
      await connection.execute('INSERT INTO open_appeal_counts (communityId, open) VALUES (?, 1) ON DUPLICATE KEY UPDATE open = open + VALUES(open)', [
        input.communityId,
      ]);
      await connection.commit();
      res.writeHead(201, { 'Content-Type': 'application/json' }).end(JSON.stringify({ id, status: 'received', dueAt }));
    } catch (error) {
      await connection.rollback();
      throw error;
    } finally {
      connection.release();
    }
  } catch (error) {
    res.writeHead(500).end(String(error));
  }
}

server.listen(Number(process.env.PORT ?? 3902), '127.0.0.1', () => console.log('baseline listening'));
