/**
 * The measures (docs/domain.md §10) as the ledger grows: the street's and a community's figures, the
 * communities' overview, hot spots and growing categories, timed against the compiled server (its own
 * process, production mode) on two ledgers of the sample street built by ledger.ts — by default
 * 100,000 and 10,000,000 appeals — in the same run, as reads.ts times the lists.
 *
 *   npm run build && node scripts/dist/bench/measures.js [--small 100000] [--large 10000000] [--reuse]
 *     [--requests 30] [--warmup 3] [--seconds 20] [--buffer-pool-mb 4096] [--out timings.json] [--explain] [--explain-only]
 *
 * Ledgers are named lingjuli_ledger_100k, lingjuli_ledger_10m … (or --small-db / --large-db); with
 * --reuse a kept ledger of the right size is used as it is (migrated to the server's schema), else it
 * is built anew.
 *
 * The month is each ledger's latest full Beijing month before its `now`; the year is the twelve months
 * ending with it. What is timed:
 *   (a) the street admin's overview of the 27 communities for the month (rates, rank, open and overdue, twelve months of trend);
 *   (b) a community's figures for the month, as its secretary (C01);
 *   (c) the street's figures for the year (`from`/`to`);
 *   (d) hot spots (the last 90 days) of that community, as its secretary;
 *   (e) the street's growing categories for the month.
 * Each: `--warmup` requests, then up to `--requests` one after another (fewer if they take longer than
 * `--seconds` in all, at least 5); p50 and p95 in ms at each size and the ratio of the p50s. The
 * target: at the large size a p95 under 300 ms and, for (a) and (b), a ratio of at most 1.5. --out
 * writes the timings as JSON (to take medians over runs).
 *
 * --explain: afterwards, the large ledger's server is started again with every statement captured
 * (sql-capture.ts); each read is made once and every SELECT it ran is run again with MariaDB's ANALYZE.
 */
import { existsSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monthPeriod } from '@lingjuli/shared';
import { option } from '../cli';
import { benchDatabaseUrl, setBufferPool } from './bench-database';
import {
  analyzeCaptured,
  getJson,
  ledgerFor,
  login,
  sizeLabel,
  startServer,
  startWechat,
  stopServer,
  twoLedgerOptions,
  timeRequests,
  type Timing,
  type Wechat,
} from './bench-server';
import { bulkConnection } from './ledger-load';
import { readLedger } from './ledger';

const OPTIONS = twoLedgerOptions();
const OUT = option('out');
/** The large ledger's p95 must stay under this (ms). */
const P95_TARGET = 300;
/** For the reads marked `scales`, the large p50 over the small one must stay at or under this. */
const RATIO_TARGET = 1.5;

const DAY = 24 * 3600_000;

interface Read {
  key: string;
  name: string;
  role: 'admin' | 'secretary';
  path: string;
  /** Held to the ratio target too. */
  scales: boolean;
}

type Sessions = Record<Read['role'], string>;

/** A Beijing calendar date, `YYYY-MM-DD`, of an instant. */
const beijingDate = (at: number) => new Date(at + 8 * 3600_000).toISOString().slice(0, 10);

/** The ledger's latest full month before its `now`. */
async function monthOf(database: string): Promise<string> {
  const info = await readLedger(database);
  if (!info) throw new Error(`${database} is not a finished ledger`);
  return monthPeriod(new Date(info.now), -1).month;
}

function readsFor(month: string): Read[] {
  const current = monthPeriod(month);
  const from = beijingDate(monthPeriod(month, -11).startsAt.getTime());
  const to = beijingDate(current.endsAt.getTime() - DAY);
  return [
    { key: 'a', role: 'admin', scales: true, name: `(a) street admin: the communities' overview, ${month}`, path: `/measures/overview?month=${month}` },
    { key: 'b', role: 'secretary', scales: true, name: `(b) community secretary: her community's figures, ${month}`, path: `/measures?month=${month}` },
    {
      key: 'c',
      role: 'admin',
      scales: false,
      name: `(c) street admin: the street's figures, ${from} to ${to}`,
      path: `/measures?scope=street&from=${from}&to=${to}`,
    },
    { key: 'd', role: 'secretary', scales: false, name: '(d) community secretary: hot spots, last 90 days', path: '/measures/hot-spots' },
    { key: 'e', role: 'admin', scales: false, name: `(e) street admin: growing categories, ${month}`, path: `/measures/growing-categories?month=${month}` },
  ];
}

async function signIn(wechat: Wechat): Promise<Sessions> {
  return { admin: await login(wechat, { username: 'admin' }), secretary: await login(wechat, { username: 'secretary-c01' }) };
}

async function explain(database: string, wechat: Wechat): Promise<void> {
  const log = join(tmpdir(), `lingjuli-measures-sql-${process.pid}.jsonl`);
  rmSync(log, { force: true });
  const server = await startServer(database, wechat.baseUrl, log);
  const connection = await bulkConnection(benchDatabaseUrl(database));
  try {
    const sessions = await signIn(wechat);
    for (const read of readsFor(await monthOf(database))) {
      const from = existsSync(log) ? statSync(log).size : 0;
      await getJson(sessions[read.role], read.path);
      console.log(`\n### ${read.name}\n\nGET /api${read.path}\n`);
      for (const a of await analyzeCaptured(connection, log, from)) console.log(`${a.ms.toFixed(1)} ms\n\n\`\`\`sql\n${a.sql}\n\`\`\`\n\n${a.plan}\n`);
    }
  } finally {
    await connection.end();
    await stopServer(server);
    rmSync(log, { force: true });
  }
}

/** The rows of the counters' tables: they grow with days × scopes × tiers × categories, not with appeals. */
async function counterRows(database: string): Promise<Record<string, number>> {
  const connection = await bulkConnection(benchDatabaseUrl(database));
  try {
    const rows: Record<string, number> = {};
    for (const [label, sql] of [
      ['appeals', 'SELECT COUNT(*) AS n FROM appeals'],
      ['measure_counts', 'SELECT COUNT(*) AS n FROM measure_counts'],
      ['measure_counts (days)', "SELECT COUNT(*) AS n FROM measure_counts WHERE grain = 'day'"],
      ['measure_counts (months)', "SELECT COUNT(*) AS n FROM measure_counts WHERE grain = 'month'"],
      ['duration_counts', 'SELECT COUNT(*) AS n FROM duration_counts'],
      ['appeal_deadlines', 'SELECT COUNT(*) AS n FROM appeal_deadlines'],
    ]) {
      const [[row]] = (await connection.query(sql)) as unknown as [{ n: number | string }[]];
      rows[label] = Number(row.n);
    }
    return rows;
  } finally {
    await connection.end();
  }
}

async function main(): Promise<void> {
  const { small, large } = OPTIONS;
  await ledgerFor(small.appeals, small.database, OPTIONS.reuse);
  await ledgerFor(large.appeals, large.database, OPTIONS.reuse);
  const wechat = await startWechat();
  const restorePool = await setBufferPool(OPTIONS.bufferPoolMb);
  try {
    if (OPTIONS.timed) {
      const results: { database: string; month: string; counters: Record<string, number>; timings: Record<string, Timing> }[] = [];
      for (const ledger of [small, large]) {
        const month = await monthOf(ledger.database);
        const counters = await counterRows(ledger.database);
        const server = await startServer(ledger.database, wechat.baseUrl);
        try {
          const sessions = await signIn(wechat);
          const timings: Record<string, Timing> = {};
          console.log(`\n${ledger.database} (${sizeLabel(ledger.appeals)} appeals), the month ${month}`);
          console.log(
            `  rows: ${Object.entries(counters)
              .map(([t, n]) => `${t} ${n.toLocaleString('en')}`)
              .join(', ')}`,
          );
          for (const read of readsFor(month)) {
            const t = await timeRequests(read.name, read.path, sessions[read.role], OPTIONS.timing);
            timings[read.key] = t;
            console.log(`  ${read.name.padEnd(72)} p50 ${t.p50.toFixed(1).padStart(8)} ms   p95 ${t.p95.toFixed(1).padStart(8)} ms   (n ${t.n})`);
          }
          results.push({ database: ledger.database, month, counters, timings });
        } finally {
          await stopServer(server);
        }
      }
      printTable(readsFor(results[1].month), results[0].timings, results[1].timings);
      if (OUT) writeFileSync(OUT, JSON.stringify({ at: new Date().toISOString(), small: results[0], large: results[1] }, null, 2));
    }
    if (OPTIONS.explain) await explain(large.database, wechat);
  } finally {
    await restorePool();
    await wechat.close();
  }
}

function printTable(reads: Read[], small: Record<string, Timing>, large: Record<string, Timing>): void {
  const ms = (v: number | undefined) => (v === undefined ? '—' : v >= 100 ? Math.round(v).toLocaleString('en') : v.toFixed(1));
  console.log(`\n| read | ${sizeLabel(OPTIONS.small.appeals)}: p50 ms | p95 | ${sizeLabel(OPTIONS.large.appeals)}: p50 ms | p95 | ratio (p50) | target |`);
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | :---: |');
  let passed = 0;
  for (const read of reads) {
    const s = small[read.key];
    const l = large[read.key];
    const ratio = l.p50 / s.p50;
    const ok = l.p95 < P95_TARGET && (!read.scales || ratio <= RATIO_TARGET);
    if (ok) passed++;
    const target = `${ok ? '✓' : '✗'} (p95 < ${P95_TARGET} ms${read.scales ? `, ≤ ${RATIO_TARGET}×` : ''})`;
    console.log(
      `| ${read.name.replace(/, \d{4}-\d\d.*$/, '')} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(l.p50)} | ${ms(l.p95)} | ${ratio.toFixed(2)}× | ${target} |`,
    );
  }
  console.log(`\n${passed} of ${reads.length} reads meet their target.`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
