import { loadConfig, openServerContext, recreateMysqlDatabase, type ServerContext } from '@lingjuli/server';

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
