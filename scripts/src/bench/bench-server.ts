/**
 * What the benchmarks against a ledger share (reads.ts, measures.ts, ledger-export.ts): their command line, the compiled server started on a
 * ledger in its own process (production mode, the timer heartbeat off), a stand-in for WeChat's
 * code2session, logins, timing a request with warm-up, InnoDB's buffer pool for the run, and running
 * the statements a server was seen to send again with MariaDB's ANALYZE.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, createServer } from 'node:http';
import { join } from 'node:path';
import { SAMPLE_PASSWORD } from '@lingjuli/server';
import { format } from 'mysql2';
import type { Connection } from 'mysql2/promise';
import { numberOption, option } from '../cli';
import { benchDatabaseUrl, migrateKept, percentile } from './bench-database';
import { call } from './http';
import { LEDGER_AUTH_SECRET, LEDGER_PHONE_KEY, buildLedger, readLedger } from './ledger';

const ROOT = join(__dirname, '../../..');
export const PORT = 3931;

export const sizeName = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000}m` : `${n / 1_000}k`);
export const sizeLabel = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000} M` : `${n / 1_000} k`);

// ---- the command line of a run on two ledgers ----

export interface LedgerSize {
  appeals: number;
  database: string;
}

/**
 * What reads.ts and measures.ts read off their command line: the two ledgers (`--small`, `--large`,
 * `--small-db`, `--large-db`, `--reuse`), how each read is timed (`--warmup`, `--requests`, `--seconds`),
 * InnoDB's buffer pool for the run, and whether to time and to explain.
 */
export function twoLedgerOptions(sizes = { small: 100_000, large: 10_000_000 }) {
  const small = numberOption('small', sizes.small);
  const large = numberOption('large', sizes.large);
  const explainOnly = process.argv.includes('--explain-only');
  return {
    small: { appeals: small, database: option('small-db') ?? `lingjuli_ledger_${sizeName(small)}` } satisfies LedgerSize,
    large: { appeals: large, database: option('large-db') ?? `lingjuli_ledger_${sizeName(large)}` } satisfies LedgerSize,
    reuse: process.argv.includes('--reuse'),
    timing: { warmup: numberOption('warmup', 3), requests: numberOption('requests', 30), seconds: numberOption('seconds', 20) },
    bufferPoolMb: numberOption('buffer-pool-mb', 4096),
    timed: !explainOnly,
    explain: explainOnly || process.argv.includes('--explain'),
  };
}

// ---- the stand-in for WeChat's code2session ----

export interface Wechat {
  baseUrl: string;
  code(openId: string): string;
  close(): Promise<void>;
}

export async function startWechat(): Promise<Wechat> {
  const codes = new Map<string, string>();
  let n = 0;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://wechat');
    const openid = codes.get(url.searchParams.get('js_code') ?? '');
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify(url.pathname === '/sns/jscode2session' && openid ? { openid, session_key: 'bench' } : { errcode: 40029, errmsg: 'invalid code' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    code(openId) {
      const code = `bench-code-${++n}`;
      codes.set(code, openId);
      return code;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

// ---- the server ----

/** The compiled server on `database`; with `sqlLog`, every statement it sends is appended there (sql-capture.ts). */
export async function startServer(database: string, wechatUrl: string, sqlLog?: string): Promise<ChildProcess> {
  const preload = sqlLog ? ['-r', join(__dirname, 'sql-capture.js')] : [];
  const child = spawn(process.execPath, [...preload, join(ROOT, 'server/dist/main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(PORT),
      DATABASE_URL: benchDatabaseUrl(database),
      AUTH_SECRET: LEDGER_AUTH_SECRET,
      PHONE_ENCRYPTION_KEY: LEDGER_PHONE_KEY,
      DB_MIGRATE_ON_START: 'false',
      SCHEDULER_ENABLED: 'false',
      WEB_ROOT: '',
      LOG_FORMAT: 'json',
      WECHAT_APP_ID: 'wx-bench',
      WECHAT_APP_SECRET: 'bench-secret',
      WECHAT_API_BASE_URL: wechatUrl,
      ...(sqlLog ? { BENCH_SQL_LOG: sqlLog } : {}),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode})`);
    const up = await call(PORT, 'GET', '/api/health').then(
      (r) => r.status === 200,
      () => false,
    );
    if (up) return child;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGINT');
  throw new Error('the server did not start within 60 s');
}

export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGINT');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

// ---- requests ----

export async function getJson<T>(token: string, path: string): Promise<T> {
  const res = await call(PORT, 'GET', `/api${path}`, { headers: { Authorization: `Bearer ${token}` } });
  if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}: ${res.text.slice(0, 300)}`);
  return JSON.parse(res.text) as T;
}

/** Staff with their password, a liaison or a resident with a WeChat code: the session token. */
export async function login(wechat: Wechat, who: { username?: string; openId?: string }): Promise<string> {
  const res = who.username
    ? await call(PORT, 'POST', '/api/auth/password', { body: JSON.stringify({ username: who.username, password: SAMPLE_PASSWORD }) })
    : await call(PORT, 'POST', '/api/auth/wechat', { body: JSON.stringify({ code: wechat.code(who.openId!) }) });
  if (res.status !== 200 && res.status !== 201) throw new Error(`login of ${who.username ?? who.openId} answered ${res.status}: ${res.text.slice(0, 200)}`);
  return (JSON.parse(res.text) as { token: string }).token;
}

export interface Timing {
  p50: number;
  p95: number;
  n: number;
}

/**
 * `warmup` requests, then up to `requests` one after another (fewer if they take longer than `seconds`
 * in all, at least 5); a request whose first answer takes over 5 s gets one warm-up and 3.
 */
export async function timeRequests(name: string, path: string, token: string, options: { warmup: number; requests: number; seconds: number }): Promise<Timing> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const headers = { Authorization: `Bearer ${token}` };
  const once = async () => {
    const started = process.hrtime.bigint();
    const res = await call(PORT, 'GET', `/api${path}`, { headers, agent });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (res.status !== 200) throw new Error(`${name}: GET ${path} answered ${res.status}: ${res.text.slice(0, 200)}`);
    return ms;
  };
  // A read that takes seconds gets one warm-up and three timed requests: enough to say it is slow.
  const first = await once();
  const slow = first > 5_000;
  for (let i = 1; i < (slow ? 1 : options.warmup); i++) await once();
  const latencies: number[] = [];
  const end = Date.now() + options.seconds * 1000;
  while (latencies.length < options.requests && (latencies.length < (slow ? 3 : 5) || Date.now() < end)) latencies.push(await once());
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p95: percentile(latencies, 95), n: latencies.length };
}

// ---- ledgers and the database server ----

/** A kept ledger of the right size (with `reuse`), migrated to the server's schema; else one built anew. */
export async function ledgerFor(appeals: number, database: string, reuse: boolean): Promise<void> {
  const kept = await readLedger(database);
  if (reuse && kept && kept.appeals === appeals) {
    console.log(`reusing ${database}: ${appeals.toLocaleString('en')} appeals to ${kept.now}, built ${kept.builtAt} in ${kept.buildSeconds} s`);
    console.log(`  migrated to the server's schema in ${(await migrateKept(database)).toFixed(0)} s`);
    return;
  }
  await buildLedger({ appeals, database });
}

// ---- EXPLAIN ----

const ISO_PARAM = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;

export interface Analyzed {
  sql: string;
  ms: number;
  plan: string;
}

/** The captured statements (sql-capture.ts's log from byte `from`) that are SELECTs, run again with ANALYZE: the plan, the rows read and the time. */
export async function analyzeCaptured(connection: Connection, log: string, from: number): Promise<Analyzed[]> {
  const captured = readFileSync(log).subarray(from).toString('utf8').split('\n').filter(Boolean);
  const found: Analyzed[] = [];
  for (const entry of captured) {
    const { sql, parameters } = JSON.parse(entry) as { sql: string; parameters: unknown[] };
    if (!/^\s*(SELECT|\(SELECT)/i.test(sql)) continue;
    const params = parameters.map((p) => (typeof p === 'string' && ISO_PARAM.test(p) ? p.replace('T', ' ').replace('Z', '') : p));
    const statement = format(sql, params as never[]);
    const started = process.hrtime.bigint();
    const [rows] = await connection.query(`ANALYZE ${statement}`);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    found.push({ sql: statement, ms, plan: formatPlan(rows as Record<string, unknown>[]) });
  }
  return found;
}

export function formatPlan(rows: Record<string, unknown>[]): string {
  const columns = ['id', 'select_type', 'table', 'type', 'key', 'key_len', 'ref', 'rows', 'r_rows', 'filtered', 'r_filtered', 'Extra'];
  const cell = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v)).replace(/\|/g, '\\|');
  return [
    `| ${columns.join(' | ')} |`,
    `|${columns.map(() => ' --- ').join('|')}|`,
    ...rows.map((r) => `| ${columns.map((c) => cell(r[c])).join(' | ')} |`),
  ].join('\n');
}
