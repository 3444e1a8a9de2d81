import { readFileSync, rmSync } from 'node:fs';
import { STATE_FILE } from './global-setup';

export default async function globalTeardown(): Promise<void> {
  const { pid, dir } = JSON.parse(readFileSync(STATE_FILE, 'utf8')) as { pid: number; dir: string };
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
  if (!process.env.KEEP_BROWSER_TEST_DATA) rmSync(dir, { recursive: true, force: true });
  rmSync(STATE_FILE, { force: true });
}
