import { mkdirSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import type { DataSource, DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';

export type DatabaseKind = 'sqlite' | 'mysql';

/** The dialect a connected data source speaks. */
export function kindOf(dataSource: DataSource): DatabaseKind {
  return dataSource.options.type === 'better-sqlite3' ? 'sqlite' : 'mysql';
}

export function databaseKind(url: string): DatabaseKind {
  if (url.startsWith('sqlite:')) return 'sqlite';
  if (/^(mysql|mariadb):\/\//.test(url)) return 'mysql';
  throw new Error(`DATABASE_URL must start with sqlite:, mysql:// or mariadb:// (got "${url}")`);
}

/**
 * Migrations are generated per dialect (`npm run migration:generate -w server`); each folder is complete.
 * Loaded as .ts under Jest and as .js when compiled (never the .d.ts beside them).
 */
export function migrationsGlob(kind: DatabaseKind): string {
  return join(__dirname, 'migrations', kind, `*${extname(__filename)}`);
}

/**
 * TypeORM options for a DATABASE_URL. The schema always comes from migrations, never `synchronize`.
 * Times are UTC on both dialects (`timezone: 'Z'` on MySQL; TypeORM stores UTC strings in SQLite).
 */
export function dataSourceOptions(url: string, overrides: Partial<DataSourceOptions> = {}): DataSourceOptions {
  const kind = databaseKind(url);
  const common = {
    entities: ENTITIES,
    migrations: [migrationsGlob(kind)],
    migrationsTableName: 'migrations',
    synchronize: false,
  } as const;
  if (kind === 'sqlite') {
    const file = url.slice('sqlite:'.length);
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    return {
      ...common,
      type: 'better-sqlite3',
      database: file,
      enableWAL: file !== ':memory:',
      prepareDatabase: (db: { pragma(sql: string): unknown }) => {
        // Foreign keys are off by default in SQLite.
        db.pragma('foreign_keys = ON');
        // A second process (the seed script) waits its turn for the write lock instead of failing.
        db.pragma('busy_timeout = 5000');
      },
      ...overrides,
    } as DataSourceOptions;
  }
  const parsed = new URL(url);
  return {
    ...common,
    type: parsed.protocol === 'mariadb:' ? 'mariadb' : 'mysql',
    host: parsed.hostname,
    port: Number(parsed.port || 3306),
    username: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: parsed.pathname.replace(/^\//, ''),
    timezone: 'Z',
    charset: 'utf8mb4_unicode_ci',
    // trace: false — mysql2 would otherwise capture a stack trace for every query (a few % of intake CPU).
    extra: { connectionLimit: Number(parsed.searchParams.get('connectionLimit') ?? 20), trace: false },
    ...overrides,
  } as DataSourceOptions;
}
