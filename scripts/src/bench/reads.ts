/**
 * Reads as the ledger grows: every list and detail a user reaches, timed against the compiled server
 * (its own process, production mode) on two ledgers of the sample street built by ledger.ts — by
 * default 100,000 and 10,000,000 appeals — in the same run. Users log in through the API as the
 * mini-program does: staff with their passwords, the liaison and the resident with a WeChat code (a
 * stand-in for WeChat's code2session on loopback).
 *
 *   npm run build && node scripts/dist/bench/reads.js [--small 100000] [--large 10000000] [--reuse]
 *     [--requests 30] [--warmup 3] [--seconds 20] [--buffer-pool-mb 4096] [--only staff,resident] [--explain] [--explain-only]
 *
 * Ledgers are named lingjuli_ledger_100k, lingjuli_ledger_10m … (or --small-db / --large-db); with
 * --reuse a kept ledger of the right size is used as it is (a 10 M build takes a while), else it is
 * built anew. BENCH_READS_SMALL / BENCH_READS_LARGE set the sizes too.
 *
 * Each read: `--warmup` requests, then `--requests` one after another (fewer if they take longer than
 * `--seconds` in all, at least 5; a read whose first request takes over 5 s gets one warm-up and 3),
 * p50 and p95 in ms at each size, the ratio of the p50s, and ✓ when that ratio is at most 1.5 and the
 * p95 at the large size is under 100 ms. The table is printed as
 * Markdown for docs/performance.md.
 *
 * The server runs with the timer heartbeat off (SCHEDULER_ENABLED=false), so a kept ledger does not
 * change between runs. InnoDB's buffer pool is set to --buffer-pool-mb (default 4096; 0 leaves it)
 * for the run and set back afterwards: with the default 128 MB and O_DIRECT, nearly every read of a
 * large ledger goes to the disk, which measures the disk rather than the queries.
 *
 * --explain: afterwards, the large ledger's server is started again with every statement captured
 * (sql-capture.ts); each read is made once and every SELECT it ran is run again with MariaDB's
 * ANALYZE (the plan with the rows actually read and the time), slowest first.
 */
import { existsSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { option } from '../cli';
import { benchDatabaseUrl, setBufferPool } from './bench-database';
import {
  analyzeCaptured,
  getJson as json,
  ledgerFor,
  login,
  sizeLabel,
  startServer,
  startWechat,
  stopServer,
  twoLedgerOptions,
  timeRequests,
  type Analyzed,
  type Timing,
  type Wechat,
} from './bench-server';
import { bulkConnection } from './ledger-load';
import { BENCH_RESIDENT_OPENID } from './ledger';

const OPTIONS = twoLedgerOptions({
  small: Number(process.env.BENCH_READS_SMALL ?? 100_000),
  large: Number(process.env.BENCH_READS_LARGE ?? 10_000_000),
});
const ONLY = option('only')?.split(',');

// ---- the reads ----

interface Read {
  /** Who, and what: the table's row. */
  name: string;
  role: string;
  path: string;
}

type Sessions = Record<string, string>;

/** The department whose staff have the most notices (the inbox that grows fastest with the ledger). */
async function busiestDepartmentUser(database: string): Promise<string> {
  const connection = await bulkConnection(benchDatabaseUrl(database));
  try {
    const [users] = (await connection.query("SELECT id, username FROM users WHERE role = 'departmentStaff' AND username IS NOT NULL")) as unknown as [
      { id: number; username: string }[],
    ];
    let best = { username: users[0].username, n: -1 };
    for (const u of users) {
      const [[row]] = (await connection.query('SELECT COUNT(*) AS n FROM inbox_messages WHERE recipientId = ?', [u.id])) as unknown as [{ n: number }[]];
      if (Number(row.n) > best.n) best = { username: u.username, n: Number(row.n) };
    }
    return best.username;
  } finally {
    await connection.end();
  }
}

/**
 * Where "me too" is asked about: the building and category of the community with the most appeals
 * still offered (received, in progress, resolved), as a resident filing there would see.
 */
async function busiestBuilding(database: string, communityId: number): Promise<{ buildingId: number; category: string } | null> {
  const connection = await bulkConnection(benchDatabaseUrl(database));
  try {
    const [rows] = (await connection.query(
      `SELECT buildingId, category, COUNT(*) AS n FROM appeals WHERE communityId = ? AND status IN ('received', 'inProgress', 'resolved')
       AND buildingId IS NOT NULL GROUP BY buildingId, category ORDER BY n DESC, buildingId, category LIMIT 1`,
      [communityId],
    )) as unknown as [{ buildingId: number; category: string }[]];
    return rows[0] ?? null;
  } finally {
    await connection.end();
  }
}

interface Fixed {
  deepPage: number;
  departmentUser: string;
}

/**
 * What each user reaches, with the ids that the pages themselves would have (the first of a list,
 * the newest period): the same choices on both ledgers, so the rows compare.
 */
async function readsFor(database: string, s: Sessions, fixed: Fixed): Promise<Read[]> {
  type Page = { items: { id: number; buildingId: number | null; category: string; status: string }[]; total: number };
  // The page sizes mirror the mini-program's (its queue, a liaison's lists and a resident's appeals ask 20 a page).
  const queue = (extra = '') => `/appeals?open=true&sort=due&page=1&pageSize=20${extra}`;
  const communityId = (await json<{ communityId: number }>(s.staff, '/auth/me')).communityId;
  const staffQueue = await json<Page>(s.staff, queue());
  const staffAll = await json<Page>(s.staff, '/appeals?open=false&sort=recent&page=1&pageSize=20');
  const deep = await json<Page>(s.staff, `/appeals?open=false&sort=recent&page=${fixed.deepPage}&pageSize=20`);
  const openAppeal = staffQueue.items[0];
  const oldAppeal = deep.items[0] ?? staffAll.items.at(-1);
  const similar = await busiestBuilding(database, communityId);
  const mine = await json<Page>(s.resident, '/appeals?open=false&sort=recent&pageSize=20');
  const periods = await json<{ id: number; endsAt: string }[]>(s.admin, '/evaluation/periods');
  const period = periods.find((p) => Date.parse(p.endsAt) <= Date.now()) ?? periods[0];
  const liaisons = await json<{ userId: number }[]>(s.staff, '/liaisons');
  const whistles = await json<{ id: number }[]>(s.staff, '/whistles');

  const reads: Read[] = [
    { role: 'staff', name: 'community staff: open, by due, page 1 (the queue)', path: queue() },
    { role: 'staff', name: 'community staff: open, overdue', path: queue('&overdue=true') },
    { role: 'staff', name: 'community staff: open, supervised', path: queue('&supervised=true') },
    { role: 'staff', name: 'community staff: all, newest first, page 1', path: '/appeals?open=false&sort=recent&page=1&pageSize=20' },
    {
      role: 'staff',
      name: `community staff: all, newest first, page ${fixed.deepPage}`,
      path: `/appeals?open=false&sort=recent&page=${fixed.deepPage}&pageSize=20`,
    },
    ...(openAppeal ? [{ role: 'staff', name: 'community staff: appeal detail (open)', path: `/appeals/${openAppeal.id}` }] : []),
    ...(openAppeal ? [{ role: 'staff', name: 'community staff: coordination of an appeal', path: `/appeals/${openAppeal.id}/coordination` }] : []),
    ...(oldAppeal ? [{ role: 'staff', name: 'community staff: appeal detail (closed)', path: `/appeals/${oldAppeal.id}` }] : []),
    ...(similar
      ? [
          {
            role: 'staff',
            name: 'community staff: similar appeals ("me too")',
            path: `/appeals/similar?buildingId=${similar.buildingId}&category=${similar.category}`,
          },
        ]
      : []),
    { role: 'staff', name: 'community staff: people to assign', path: `/users?communityId=${communityId}` },
    { role: 'staff', name: 'community staff: liaison registry (community)', path: '/liaisons' },
    ...(liaisons[0] ? [{ role: 'staff', name: 'community staff: a liaison’s record', path: `/liaisons/${liaisons[0].userId}` }] : []),
    { role: 'staff', name: 'community staff: whistles', path: '/whistles' },
    ...(whistles[0] ? [{ role: 'staff', name: 'community staff: whistle detail', path: `/whistles/${whistles[0].id}` }] : []),
    { role: 'staff', name: 'community staff: rewards', path: '/rewards' },
    { role: 'staff', name: 'community staff: inbox', path: '/notifications' },
    { role: 'secretary', name: 'community secretary: departments to score', path: `/evaluation/periods/${period.id}/departments` },
    { role: 'secretary', name: 'community secretary: projects', path: '/projects' },
    { role: 'grid', name: 'grid secretary: open, by due, page 1', path: queue() },
    { role: 'admin', name: 'street admin: open, by due, page 1', path: queue() },
    { role: 'admin', name: 'street admin: open, overdue', path: queue('&overdue=true') },
    { role: 'admin', name: 'street admin: open, supervised', path: queue('&supervised=true') },
    { role: 'admin', name: 'street admin: open at the street level', path: queue('&level=street') },
    { role: 'admin', name: 'street admin: liaison registry, whole street', path: '/liaisons' },
    { role: 'admin', name: 'street admin: evaluation periods', path: '/evaluation/periods' },
    { role: 'admin', name: 'street admin: department ranking for a period', path: `/evaluation/periods/${period.id}/ranking` },
    { role: 'admin', name: 'street admin: whistles', path: '/whistles' },
    { role: 'command', name: 'command centre: pending dispatch orders', path: '/dispatch-orders/pending' },
    { role: 'command', name: 'command centre: the street’s appeals by due', path: '/appeals?sort=due&pageSize=100&level=street' },
    { role: 'department', name: `department (${fixed.departmentUser}): queue, by due`, path: '/appeals?sort=due&pageSize=100' },
    { role: 'department', name: `department (${fixed.departmentUser}): open whistles`, path: '/whistles?status=open' },
    { role: 'department', name: `department (${fixed.departmentUser}): inbox`, path: '/notifications' },
    { role: 'department', name: `department (${fixed.departmentUser}): inbox, unread`, path: '/notifications?unread=true' },
    { role: 'liaison', name: 'liaison: appeals she is to visit', path: '/appeals?involvement=assigned&pageSize=20' },
    { role: 'liaison', name: 'liaison: appeals she reported', path: '/appeals?involvement=reported&pageSize=20' },
    { role: 'liaison', name: 'liaison: her record', path: '/me/record' },
    { role: 'resident', name: `resident: her appeals, all (${mine.total})`, path: '/appeals?open=false&sort=recent&pageSize=20' },
    { role: 'resident', name: 'resident: her open appeals', path: '/appeals?pageSize=20' },
    ...(mine.items[0] ? [{ role: 'resident', name: 'resident: her appeal’s detail', path: `/appeals/${mine.items[0].id}` }] : []),
    { role: 'resident', name: 'resident: unread notices', path: '/notifications?unread=true' },
    ...(similar
      ? [
          {
            role: 'resident',
            name: 'resident: similar appeals before filing',
            path: `/appeals/similar?buildingId=${similar.buildingId}&category=${similar.category}`,
          },
        ]
      : []),
  ];
  return ONLY ? reads.filter((r) => ONLY.includes(r.role)) : reads;
}

async function signIn(wechat: Wechat, departmentUser: string): Promise<Sessions> {
  return {
    staff: await login(wechat, { username: 'staff-c01-1' }),
    secretary: await login(wechat, { username: 'secretary-c01' }),
    grid: await login(wechat, { username: 'grid-1' }),
    admin: await login(wechat, { username: 'admin' }),
    command: await login(wechat, { username: 'command-1' }),
    department: await login(wechat, { username: departmentUser }),
    liaison: await login(wechat, { openId: 'dev:liaison-c01-1' }),
    resident: await login(wechat, { openId: BENCH_RESIDENT_OPENID }),
  };
}

// ---- EXPLAIN ----

async function explain(database: string, wechat: Wechat, fixed: Fixed): Promise<void> {
  const log = join(tmpdir(), `lingjuli-reads-sql-${process.pid}.jsonl`);
  rmSync(log, { force: true });
  const server = await startServer(database, wechat.baseUrl, log);
  const connection = await bulkConnection(benchDatabaseUrl(database));
  const found: (Analyzed & { read: string })[] = [];
  try {
    const sessions = await signIn(wechat, fixed.departmentUser);
    const reads = await readsFor(database, sessions, fixed);
    for (const read of reads) {
      const from = existsSync(log) ? statSync(log).size : 0;
      await json(sessions[read.role], read.path);
      console.log(`\n### ${read.name}\n\nGET /api${read.path}\n`);
      for (const a of await analyzeCaptured(connection, log, from)) {
        found.push({ ...a, read: read.name });
        console.log(`${a.ms.toFixed(1)} ms\n\n\`\`\`sql\n${a.sql}\n\`\`\`\n\n${a.plan}\n`);
      }
    }
    console.log('\n## The slowest statements\n');
    // The column lists are long and say nothing about the plan: shown as … here (in full above).
    const short = (sql: string) => sql.replace(/^SELECT .{200,}? FROM /, 'SELECT … FROM ');
    for (const f of found.sort((a, b) => b.ms - a.ms).slice(0, 12))
      console.log(`**${f.ms.toFixed(0)} ms** — ${f.read}\n\n\`\`\`sql\n${short(f.sql)}\n\`\`\`\n\n${f.plan}\n`);
  } finally {
    await connection.end();
    await stopServer(server);
    rmSync(log, { force: true });
  }
}

// ---- main ----

async function main(): Promise<void> {
  const { small, large } = OPTIONS;
  await ledgerFor(small.appeals, small.database, OPTIONS.reuse);
  await ledgerFor(large.appeals, large.database, OPTIONS.reuse);
  const wechat = await startWechat();
  const restorePool = await setBufferPool(OPTIONS.bufferPoolMb);
  try {
    // The same choices on both ledgers: the deep page is page 500, or the small ledger's last page.
    const departmentUser = await busiestDepartmentUser(large.database);
    let fixed: Fixed = { deepPage: 500, departmentUser };
    const results: Map<string, Timing>[] = [];
    if (OPTIONS.timed) {
      for (const ledger of [small, large]) {
        const server = await startServer(ledger.database, wechat.baseUrl);
        try {
          const sessions = await signIn(wechat, departmentUser);
          if (ledger === small) {
            const all = await json<{ total: number }>(sessions.staff, '/appeals?open=false&sort=recent&page=1&pageSize=20');
            fixed = { ...fixed, deepPage: Math.max(1, Math.min(500, Math.ceil(all.total / 20))) };
          }
          const reads = await readsFor(ledger.database, sessions, fixed);
          const timings = new Map<string, Timing>();
          console.log(`\n${ledger.database} (${sizeLabel(ledger.appeals)} appeals): ${reads.length} reads`);
          for (const read of reads) {
            const t = await timeRequests(read.name, read.path, sessions[read.role], OPTIONS.timing);
            timings.set(read.name.replace(/ \(\d+\)$/, ''), t);
            console.log(`  ${read.name.padEnd(64)} p50 ${t.p50.toFixed(1).padStart(8)} ms   p95 ${t.p95.toFixed(1).padStart(8)} ms   (n ${t.n})`);
          }
          results.push(timings);
        } finally {
          await stopServer(server);
        }
      }
      printTable(results[0], results[1]);
    }
    if (OPTIONS.explain) await explain(large.database, wechat, fixed);
  } finally {
    await restorePool();
    await wechat.close();
  }
}

function printTable(small: Map<string, Timing>, large: Map<string, Timing>): void {
  const ms = (v: number | undefined) => (v === undefined ? '—' : v >= 100 ? Math.round(v).toLocaleString('en') : v.toFixed(1));
  console.log(
    `\n| read | ${sizeLabel(OPTIONS.small.appeals)}: p50 | p95 | ${sizeLabel(OPTIONS.large.appeals)}: p50 | p95 | ratio (p50) | within 1.5× and p95 < 100 ms |`,
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | :---: |');
  let passed = 0;
  for (const [name, s] of small) {
    const l = large.get(name);
    const ratio = l ? l.p50 / s.p50 : NaN;
    const ok = l !== undefined && ratio <= 1.5 && l.p95 < 100;
    if (ok) passed++;
    console.log(
      `| ${name} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(l?.p50)} | ${ms(l?.p95)} | ${Number.isNaN(ratio) ? '—' : `${ratio.toFixed(2)}×`} | ${ok ? '✓' : '✗'} |`,
    );
  }
  console.log(`\n${passed} of ${small.size} reads within 1.5× and under 100 ms at p95.`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
