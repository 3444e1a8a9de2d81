/**
 * Logins under attack, against the compiled server (its own process, SQLite with the sample street):
 *
 * 1. An unrelated read (a community's queue, as its staff) on its own, then while CLIENTS clients
 *    flood `POST /auth/password` with wrong passwords for ever-new usernames from ever-new addresses
 *    (`X-Forwarded-For` behind `TRUST_PROXY=loopback`, so that neither throttle turns them away and
 *    every one of them costs a hash) — once with hashing bounded as configured by default
 *    (`LOGIN_HASH_CONCURRENCY=1`) and once unbounded as before (64: only libuv's four threads limit it).
 * 2. How long a wrong password takes for a real username and for an unknown one (probing).
 *
 *   npm run build && node scripts/dist/bench/login-flood.js [--seconds 10] [--clients 50]
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SAMPLE_PASSWORD } from '@lingjuli/server';
import { numberOption as arg } from '../cli';
import { percentile } from './bench-database';
import { call, waitForPort } from './http';

const SECONDS = arg('seconds', 10);
const CLIENTS = arg('clients', 50);
const ROOT = join(__dirname, '../../..');
const PORT = 3911;

let addresses = 0;
/** A new client address for every request: 10.x.y.z. */
const nextAddress = () => {
  const n = ++addresses;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
};

const login = (username: string, password: string, agent?: Agent) =>
  call(PORT, 'POST', '/api/auth/password', { body: JSON.stringify({ username, password }), headers: { 'X-Forwarded-For': nextAddress() }, agent });

function startServer(env: Record<string, string>, dir: string, hashConcurrency: number): ChildProcess {
  return spawn(process.execPath, [join(ROOT, 'server/dist/main.js')], {
    env: {
      ...process.env,
      ...env,
      PORT: String(PORT),
      TRUST_PROXY: 'loopback',
      LOGIN_HASH_CONCURRENCY: String(hashConcurrency),
      SCHEDULER_ENABLED: 'false',
      WEB_ROOT: '',
      UPLOAD_DIR: join(dir, 'uploads'),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** The read's latencies (ms), one request after another for SECONDS. */
async function timeReads(token: string): Promise<number[]> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const latencies: number[] = [];
  const end = Date.now() + SECONDS * 1000;
  while (Date.now() < end) {
    const started = process.hrtime.bigint();
    const res = await call(PORT, 'GET', '/api/appeals?pageSize=20', { headers: { Authorization: `Bearer ${token}` }, agent });
    if (res.status !== 200) throw new Error(`read answered ${res.status} ${res.text.slice(0, 200)}`);
    latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  agent.destroy();
  return latencies.sort((a, b) => a - b);
}

/** CLIENTS loops of wrong passwords until `stop`; the answers by status. */
async function flood(stop: Promise<void>): Promise<Record<number, number>> {
  let stopped = false;
  void stop.then(() => (stopped = true));
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  const statuses: Record<number, number> = {};
  let n = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (!stopped) {
        const res = await login(`probe-${++n}`, 'wrong-password', agent);
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      }
    }),
  );
  agent.destroy();
  return statuses;
}

const fmt = (sorted: number[]) => `p50 ${percentile(sorted, 50).toFixed(1).padStart(7)} ms   p99 ${percentile(sorted, 99).toFixed(1).padStart(7)} ms`;

async function underFlood(env: Record<string, string>, dir: string, hashConcurrency: number, label: string): Promise<void> {
  const server = startServer(env, dir, hashConcurrency);
  try {
    await waitForPort(PORT, '/api/health');
    const { token } = JSON.parse((await login('staff-c01-1', SAMPLE_PASSWORD)).text) as { token: string };
    const alone = await timeReads(token);
    let stopFlood!: () => void;
    const flooding = flood(new Promise<void>((resolve) => (stopFlood = resolve)));
    await new Promise((r) => setTimeout(r, 500)); // let the flood build up
    const busy = await timeReads(token);
    stopFlood();
    const statuses = await flooding;
    console.log(`\n${label} (LOGIN_HASH_CONCURRENCY=${hashConcurrency}), ${CLIENTS} clients flooding logins, ${SECONDS} s each:`);
    console.log(`  queue read alone          ${fmt(alone)}`);
    console.log(`  queue read under flood    ${fmt(busy)}`);
    console.log(`  under flood ÷ alone (p50) ${(percentile(busy, 50) / percentile(alone, 50)).toFixed(2)}`);
    const total = Object.values(statuses).reduce((a, b) => a + b, 0);
    console.log(`  flood logins answered     ${(total / (SECONDS + 0.5)).toFixed(0)} /s  ${JSON.stringify(statuses)}`);
  } finally {
    server.kill('SIGINT');
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** Wrong passwords for real usernames (each tried once, below any back-off) and for unknown ones. */
async function probing(env: Record<string, string>, dir: string): Promise<void> {
  const server = startServer(env, dir, 1);
  try {
    await waitForPort(PORT, '/api/health');
    const known: number[] = [];
    const unknown: number[] = [];
    for (let c = 1; c <= 27; c++) {
      for (const k of [1, 2]) {
        for (const [username, into] of [
          [`staff-c${String(c).padStart(2, '0')}-${k}`, known],
          [`nobody-c${c}-${k}`, unknown],
        ] as const) {
          const started = process.hrtime.bigint();
          const res = await login(username, 'wrong-password');
          if (res.status !== 401) throw new Error(`${username}: ${res.status} ${res.text}`);
          into.push(Number(process.hrtime.bigint() - started) / 1e6);
        }
      }
    }
    known.sort((a, b) => a - b);
    unknown.sort((a, b) => a - b);
    console.log(`\nA wrong password, ${known.length} real and ${unknown.length} unknown usernames, one after another:`);
    console.log(`  real username             ${fmt(known)}`);
    console.log(`  unknown username          ${fmt(unknown)}`);
    console.log(`  unknown ÷ real (p50)      ${(percentile(unknown, 50) / percentile(known, 50)).toFixed(2)}`);
  } finally {
    server.kill('SIGINT');
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'lingjuli-bench-login-'));
  const env = { DATABASE_URL: `sqlite:${join(dir, 'bench.sqlite')}`, NODE_ENV: 'development' };
  try {
    execFileSync(process.execPath, [join(ROOT, 'scripts/dist/seed.js'), '--appeals', '300'], { env: { ...process.env, ...env }, stdio: 'ignore' });
    await underFlood(env, dir, 64, 'Unbounded hashing, as before');
    await underFlood(env, dir, 1, 'Bounded hashing, the default');
    await probing(env, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
