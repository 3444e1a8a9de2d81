/**
 * The ledger export (`GET /api/ledger.xlsx`) of a whole street's year: how long the download takes and
 * how much the server's memory grows while it streams, against the compiled server (its own process,
 * production mode) on a ledger built by ledger.ts: by default 260,000 appeals over five years, whose last
 * year holds about 70,000 (the generator puts more in the later years), a street's year.
 *
 *   npm run build && node scripts/dist/bench/ledger-export.js [--appeals 260000] [--database lingjuli_ledger_260k]
 *     [--reuse] [--runs 3] [--buffer-pool-mb 4096]
 *
 * With --reuse a kept ledger of the right size is used as it is (migrated to the server's schema), else
 * it is built anew. Each run starts a fresh server, logs the street admin in, reads a baseline — the
 * first page (100) of the same appeals as JSON, a few times, the median — and then downloads the street's
 * export of the last 365 days before the ledger's `now` once, timing it from the request to the last
 * byte while sampling the server's VmRSS (/proc/<pid>/status) every 20 ms. Printed per run and as the
 * medians of the runs: the time, the ratio to the baseline, the rows, the file's size, the RSS before
 * and its largest growth during the download.
 */
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { loadavg } from 'node:os';
import { formatShanghaiDate } from '@lingjuli/shared';
import { numberOption, option } from '../cli';
import { benchDatabaseUrl, percentile, setBufferPool } from './bench-database';
import { PORT, ledgerFor, login, startServer, startWechat, stopServer, timeRequests } from './bench-server';
import { bulkConnection } from './ledger-load';
import { readLedger } from './ledger';

const APPEALS = numberOption('appeals', 260_000);
const DATABASE = option('database') ?? `lingjuli_ledger_${APPEALS / 1000}k`;
const RUNS = numberOption('runs', 3);
const BUFFER_POOL_MB = numberOption('buffer-pool-mb', 4096);
const REUSE = process.argv.includes('--reuse');
const DAY = 24 * 3600_000;

/** The CPU time the process has used (user and system, every thread), in seconds; /proc counts in 1/100 s. */
function cpuSeconds(pid: number): number {
  // The fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** The process's resident set, in MiB. */
function rssMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(/(\d+)/.exec(line ?? '')?.[1] ?? NaN) / 1024;
}

interface Download {
  ms: number;
  bytes: number;
  /** The largest RSS seen while downloading, in MiB. */
  peakRss: number;
}

/** Downloads `path` to nowhere, timing it to the last byte and sampling the server's RSS meanwhile. */
function download(path: string, token: string, pid: number): Promise<Download> {
  return new Promise((resolve, reject) => {
    let peakRss = rssMiB(pid);
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMiB(pid))), 20);
    const started = process.hrtime.bigint();
    const req = request({ host: '127.0.0.1', port: PORT, path, headers: { Authorization: `Bearer ${token}` } }, (res) => {
      let bytes = 0;
      let tail = Buffer.alloc(0);
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        tail = Buffer.concat([tail, chunk]).subarray(-22);
      });
      res.on('end', () => {
        clearInterval(sampler);
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        peakRss = Math.max(peakRss, rssMiB(pid));
        if (res.statusCode !== 200) return reject(new Error(`GET ${path} answered ${res.statusCode}`));
        // A whole zip ends with its end-of-central-directory record (PK\5\6, 22 bytes without a comment).
        if (tail.readUInt32LE(0) !== 0x06054b50) return reject(new Error('the download is not a whole .xlsx (no end of central directory)'));
        resolve({ ms, bytes, peakRss });
      });
    });
    req.on('error', (error) => {
      clearInterval(sampler);
      reject(error);
    });
    req.end();
  });
}

/** The baseline read: the street's first page (100) of all appeals, newest first, as JSON; the median of 9 after 2 warm-ups. */
const baseline = async (token: string) =>
  (await timeRequests('baseline', '/appeals?open=false&sort=recent&pageSize=100', token, { warmup: 2, requests: 9, seconds: 60 })).p50;

/** The appeals the export lists: the street's, received in [start, end). */
async function appealsIn(start: Date, end: Date): Promise<number> {
  const connection = await bulkConnection(benchDatabaseUrl(DATABASE));
  try {
    const [[row]] = (await connection.query('SELECT COUNT(*) AS n FROM appeals WHERE receivedAt >= ? AND receivedAt < ?', [start, end])) as unknown as [
      { n: number }[],
    ];
    return Number(row.n);
  } finally {
    await connection.end();
  }
}

/** The login throttle's counters (kept in the database): runs one after another log the admin in again and again. */
async function forgetLoginThrottle(): Promise<void> {
  const connection = await bulkConnection(benchDatabaseUrl(DATABASE));
  try {
    await connection.query('DELETE FROM rate_limit_counters');
  } finally {
    await connection.end();
  }
}

interface Run {
  ms: number;
  /** The server's CPU time for the download (other processes on the machine compete for the same cores). */
  cpuS: number;
  baselineMs: number;
  bytes: number;
  rssBefore: number;
  rssGrowth: number;
}

async function main(): Promise<void> {
  await ledgerFor(APPEALS, DATABASE, REUSE);
  const now = new Date((await readLedger(DATABASE))!.now);
  // The last 365 Beijing days before the ledger's end.
  const [from, to] = [formatShanghaiDate(new Date(now.getTime() - 365 * DAY)), formatShanghaiDate(new Date(now.getTime() - 1))];
  const rows = await appealsIn(new Date(`${from}T00:00:00+08:00`), new Date(new Date(`${to}T00:00:00+08:00`).getTime() + DAY));
  const path = `/api/ledger.xlsx?from=${from}&to=${to}`;
  console.log(`the street's export ${from} to ${to}: ${rows.toLocaleString('en')} appeals (${path})`);

  await forgetLoginThrottle();
  const wechat = await startWechat();
  const restorePool = await setBufferPool(BUFFER_POOL_MB);
  const runs: Run[] = [];
  try {
    for (let i = 1; i <= RUNS; i++) {
      const server = await startServer(DATABASE, wechat.baseUrl);
      try {
        const token = await login(wechat, { username: 'admin' });
        const baselineMs = await baseline(token);
        const rssBefore = rssMiB(server.pid!);
        const cpuBefore = cpuSeconds(server.pid!);
        const d = await download(path, token, server.pid!);
        const run = { ms: d.ms, cpuS: cpuSeconds(server.pid!) - cpuBefore, baselineMs, bytes: d.bytes, rssBefore, rssGrowth: d.peakRss - rssBefore };
        runs.push(run);
        console.log(
          `run ${i}: ${(run.ms / 1000).toFixed(2)} s (server CPU ${run.cpuS.toFixed(1)} s; load average ${loadavg()[0].toFixed(1)}), ${(run.bytes / 1024 ** 2).toFixed(1)} MiB, ` +
            `${Math.round(rows / (run.ms / 1000)).toLocaleString('en')} appeals/s; baseline ${run.baselineMs.toFixed(1)} ms (ratio ${(run.ms / run.baselineMs).toFixed(0)}×); ` +
            `RSS ${run.rssBefore.toFixed(0)} MiB before, +${run.rssGrowth.toFixed(0)} MiB at most while downloading`,
        );
      } finally {
        await stopServer(server);
      }
    }
  } finally {
    await restorePool();
    await wechat.close();
  }
  const median = (pick: (r: Run) => number) =>
    percentile(
      runs.map(pick).sort((a, b) => a - b),
      50,
    );
  const ms = median((r) => r.ms);
  const baselineMs = median((r) => r.baselineMs);
  console.log(`\n| appeals in the year | download | server CPU | baseline (JSON, first 100) | ratio | file | RSS before | RSS growth |`);
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  console.log(
    `| ${rows.toLocaleString('en')} | ${(ms / 1000).toFixed(2)} s | ${median((r) => r.cpuS).toFixed(1)} s | ${baselineMs.toFixed(1)} ms | ${(ms / baselineMs).toFixed(0)}× | ` +
      `${(median((r) => r.bytes) / 1024 ** 2).toFixed(1)} MiB | ${median((r) => r.rssBefore).toFixed(0)} MiB | +${median((r) => r.rssGrowth).toFixed(0)} MiB |`,
  );
  console.log(`\nmedians of ${runs.length} runs; target: under 10 s, RSS growth under 200 MiB`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
