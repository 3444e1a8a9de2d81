import { loadConfig, openServerContext, recreateMysqlDatabase, type ServerContext } from '@lingjuli/server';
import { bulkConnection } from './ledger-load';

/** The MariaDB server benchmarks run against (BENCH_MARIADB_URL), one scratch database per benchmark. */
export function benchDatabaseUrl(name: string): string {
  const base = (process.env.BENCH_MARIADB_URL ?? 'mariadb://root@127.0.0.1:3306').replace(/\/$/, '');
  return `${base}/${name}`;
}

/** A fresh, migrated database and the application context on it (`env` adds to the environment it is configured from). */
export async function freshContext(name: string, env: Record<string, string> = {}): Promise<{ url: string; context: ServerContext }> {
  const url = benchDatabaseUrl(name);
  await recreateMysqlDatabase(url);
  const context = await openServerContext(loadConfig({ ...process.env, DATABASE_URL: url, NODE_ENV: 'development', ...env }));
  return { url, context };
}

/** Brings a kept database's schema up to the server's migrations (a ledger built before the latest ones gets their backfills): the seconds it took. */
export async function migrateKept(name: string): Promise<number> {
  const started = Date.now();
  const context = await openServerContext(loadConfig({ ...process.env, DATABASE_URL: benchDatabaseUrl(name), NODE_ENV: 'development' }));
  await context.close();
  return (Date.now() - started) / 1000;
}

/** The minimum street the appeals need: a grid, a community with its secretary and grid secretary, a staff filer. */
export async function minimalStreet(context: ServerContext): Promise<{ communityId: number; staffId: number; residentId: number }> {
  const q = <Row = unknown>(sql: string, params: unknown[] = []) => context.dataSource.query<Row[]>(sql, params);
  const now = new Date();
  await q("INSERT INTO grids (name) VALUES ('基准网格')");
  const [{ id: gridId }] = await q<{ id: number }>('SELECT id FROM grids LIMIT 1');
  await q("INSERT INTO communities (code, name, gridId, isSample) VALUES ('B01', '基准社区', ?, 1)", [gridId]);
  const [{ id: communityId }] = await q<{ id: number }>('SELECT id FROM communities LIMIT 1');
  const user = async (role: string, name: string, scope: { communityId?: number; gridId?: number }) => {
    await q('INSERT INTO users (role, displayName, communityId, gridId, createdAt) VALUES (?, ?, ?, ?, ?)', [
      role,
      name,
      scope.communityId ?? null,
      scope.gridId ?? null,
      now,
    ]);
    const [{ id }] = await q<{ id: number | string }>('SELECT MAX(id) AS id FROM users');
    return Number(id);
  };
  await user('communitySecretary', '基准书记', { communityId });
  await user('gridSecretary', '基准网格书记', { gridId });
  const staffId = await user('communityStaff', '基准工作人员', { communityId });
  const residentId = await user('resident', '基准居民', { communityId });
  return { communityId: Number(communityId), staffId, residentId };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * Sets InnoDB's buffer pool to `mb` for a run (0 leaves it) and gives what sets it back: with the 128 MB
 * default and O_DIRECT, nearly every read of a large ledger goes to the disk, which measures the disk.
 */
export async function setBufferPool(mb: number): Promise<() => Promise<void>> {
  if (mb <= 0) return async () => undefined;
  const connection = await bulkConnection(benchDatabaseUrl(''));
  const [[{ size }]] = (await connection.query('SELECT @@GLOBAL.innodb_buffer_pool_size AS size')) as unknown as [{ size: number }[]];
  await connection.query(`SET GLOBAL innodb_buffer_pool_size = ${mb * 1024 * 1024}`);
  // The resize runs in the background; wait for it.
  for (let i = 0; i < 600; i++) {
    const [[row]] = (await connection.query("SHOW STATUS LIKE 'Innodb_buffer_pool_resize_status'")) as unknown as [{ Value: string }[]];
    if (!row || !/resiz|Resiz/.test(row.Value) || /Completed|completed/.test(row.Value)) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const [[now]] = (await connection.query('SELECT @@GLOBAL.innodb_buffer_pool_size AS size')) as unknown as [{ size: number }[]];
  console.log(`InnoDB buffer pool: ${Number(size) / 1024 ** 2} MB → ${Number(now.size) / 1024 ** 2} MB for the run`);
  await connection.end();
  return async () => {
    const c = await bulkConnection(benchDatabaseUrl(''));
    await c.query(`SET GLOBAL innodb_buffer_pool_size = ${Number(size)}`);
    await c.end();
    console.log(`InnoDB buffer pool set back to ${Number(size) / 1024 ** 2} MB`);
  };
}
