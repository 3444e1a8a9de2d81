import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dropMysqlDatabase, recreateMysqlDatabase } from '../database/mysql-admin';

export interface TestDatabase {
  url: string;
  kind: 'sqlite' | 'mariadb';
  drop(): Promise<void>;
}

let counter = 0;

/**
 * A fresh, empty database for one test file: a temporary SQLite file by default, or a new database on
 * the MariaDB server when TEST_DATABASE=mariadb (TEST_MARIADB_URL, default mariadb://root@127.0.0.1:3306).
 * If MariaDB cannot be reached the test fails; it never silently falls back to SQLite.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  counter += 1;
  if (process.env.TEST_DATABASE === 'mariadb') {
    const base = (process.env.TEST_MARIADB_URL ?? 'mariadb://root@127.0.0.1:3306').replace(/\/$/, '');
    const url = `${base}/lingjuli_test_${process.pid}_${counter}`;
    await recreateMysqlDatabase(url);
    return { url, kind: 'mariadb', drop: () => dropMysqlDatabase(url) };
  }
  const dir = mkdtempSync(join(tmpdir(), 'lingjuli-test-'));
  return {
    url: `sqlite:${join(dir, 'test.sqlite')}`,
    kind: 'sqlite',
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}
