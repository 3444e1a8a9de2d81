import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
export const STATE_FILE = join(tmpdir(), 'lingjuli-browser-tests.json');

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => res(port));
    });
    server.on('error', rej);
  });
}

async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not answer ${url}/api/health`);
}

/** Seeds a fresh SQLite database and starts the compiled server serving the H5 build. */
export default async function globalSetup(): Promise<void> {
  for (const built of ['miniapp/dist/h5/index.html', 'server/dist/main.js', 'scripts/dist/seed.js']) {
    if (!existsSync(join(ROOT, built))) throw new Error(`${built} is missing: run \`npm run build\` first`);
  }
  if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
    throw new Error('Chromium is missing: apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH)');
  }
  const dir = mkdtempSync(join(tmpdir(), 'lingjuli-browser-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    NODE_ENV: 'development',
    DEV_LOGIN: 'true',
    DATABASE_URL: `sqlite:${join(dir, 'browser.sqlite')}`,
    UPLOAD_DIR: join(dir, 'uploads'),
    WEB_ROOT: join(ROOT, 'miniapp/dist/h5'),
    PUBLIC_URL: baseUrl,
    PORT: String(port),
    SCHEDULER_TICK_MS: '2000',
  };
  execFileSync(process.execPath, [join(ROOT, 'scripts/dist/seed.js'), '--appeals', '60'], { env, stdio: 'ignore' });
  const log = openSync(join(dir, 'server.log'), 'a');
  const server = spawn(process.execPath, [join(ROOT, 'server/dist/main.js')], { env, stdio: ['ignore', log, log], detached: true });
  server.unref();
  writeFileSync(STATE_FILE, JSON.stringify({ baseUrl, pid: server.pid, dir }));
  process.env.E2E_BASE_URL = baseUrl;
  process.env.E2E_STATE_DIR = dir;
  await waitForHealth(baseUrl, 30_000);
}
