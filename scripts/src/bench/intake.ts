/**
 * Intake throughput and latency: appeals filed per second and p50/p99 latency with 64 concurrent
 * clients, against the real server (compiled, its own process) on MariaDB, next to a baseline in the
 * same run — a minimal Node HTTP server doing the same inserts with mysql2 directly.
 *
 *   npm run build && node scripts/dist/bench/intake.js [--seconds 20] [--clients 64]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { Agent } from 'node:http';
import { join } from 'node:path';
import { TokenService, dropMysqlDatabase } from '@lingjuli/server';
import { numberOption as arg } from '../cli';
import { freshContext, minimalStreet, percentile } from './bench-database';
import { call, waitForPort } from './http';

const SECONDS = arg('seconds', 20);
const WARMUP_SECONDS = 3;
const CLIENTS = arg('clients', 64);
const ROOT = join(__dirname, '../../..');
/** The benchmarked server's session secret; the set-up context signs the resident's token with it. */
const AUTH_SECRET = 'bench-secret-bench-secret-bench-secret';

interface Result {
  label: string;
  requests: number;
  errors: number;
  perSecond: number;
  p50: number;
  p99: number;
}

/** CLIENTS loops, each sending the next request as soon as the previous answered; warm-up excluded. */
async function load(label: string, port: number, path: string, makeRequest: (n: number) => { body: string; headers: Record<string, string> }): Promise<Result> {
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  const latencies: number[] = [];
  let errors = 0;
  let counter = 0;
  const warmEnd = Date.now() + WARMUP_SECONDS * 1000;
  const end = warmEnd + SECONDS * 1000;
  let firstError = '';
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (Date.now() < end) {
        const { body, headers } = makeRequest(counter++);
        const started = process.hrtime.bigint();
        const res = await call(port, 'POST', path, { body, headers, agent });
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        if (Date.now() <= warmEnd) continue;
        if (res.status !== 201) {
          errors++;
          firstError ||= `${res.status} ${res.text.slice(0, 200)}`;
        } else latencies.push(ms);
      }
    }),
  );
  agent.destroy();
  if (firstError) console.warn(`${label}: first error: ${firstError}`);
  latencies.sort((a, b) => a - b);
  return { label, requests: latencies.length, errors, perSecond: latencies.length / SECONDS, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

/** BENCH_PROFILE=1 writes a V8 tick profile of each server (a .cpuprofile in the working directory). */
function spawnServer(script: string, env: Record<string, string>): ChildProcess {
  const flags = process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=.'] : [];
  return spawn(process.execPath, [...flags, script], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
}

async function main(): Promise<void> {
  const { url, context } = await freshContext('lingjuli_bench_intake', { AUTH_SECRET });
  const street = await minimalStreet(context);
  // A production server has no dev login: the resident's session is signed here, as the server signs one.
  const token = context.app.get(TokenService).issue(street.residentId, 'resident').token;
  await context.close();
  const children: ChildProcess[] = [];
  try {
    const content = '小区门口的垃圾好几天没人清理了，气味很大，希望尽快处理。';

    children.push(spawnServer(join(__dirname, 'baseline-server.js'), { DATABASE_URL: url, PORT: '3902' }));
    await waitForPort(3902, '/');
    const baseline = await load('baseline (node:http + mysql2)', 3902, '/appeals', (n) => ({
      body: JSON.stringify({ content, communityId: street.communityId, filedById: street.residentId }),
      headers: { 'Idempotency-Key': `baseline-${n}` },
    }));
    children.pop()!.kill('SIGINT');

    children.push(
      spawnServer(join(ROOT, 'server/dist/main.js'), {
        DATABASE_URL: url,
        PORT: '3901',
        NODE_ENV: 'production',
        AUTH_SECRET,
        PHONE_ENCRYPTION_KEY: 'ab'.repeat(32),
        DB_MIGRATE_ON_START: 'false',
        LOG_FORMAT: 'json',
        WEB_ROOT: '',
      }),
    );
    await waitForPort(3901, '/api/health');
    const server = await load('Lingjuli server (NestJS + TypeORM)', 3901, '/api/appeals', (n) => ({
      body: JSON.stringify({ channel: 'online', content, communityId: street.communityId }),
      headers: { 'Idempotency-Key': `bench-intake-${n}`, Authorization: `Bearer ${token}` },
    }));

    console.log(`\n${CLIENTS} concurrent clients, ${SECONDS} s measured after ${WARMUP_SECONDS} s warm-up, MariaDB, one machine:`);
    for (const r of [baseline, server]) {
      console.log(
        `  ${r.label.padEnd(36)} ${r.perSecond.toFixed(0).padStart(6)} appeals/s   p50 ${r.p50.toFixed(1).padStart(6)} ms   p99 ${r.p99.toFixed(1).padStart(6)} ms   errors ${r.errors}`,
      );
    }
    console.log(`  server / baseline throughput: ${(server.perSecond / baseline.perSecond).toFixed(2)}`);
  } finally {
    for (const child of children) child.kill('SIGINT');
    if (!process.argv.includes('--keep')) await dropMysqlDatabase(url);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
