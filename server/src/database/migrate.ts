import type { DataSource } from 'typeorm';

/**
 * Runs pending migrations (or undoes the last one). On SQLite, foreign keys are switched off around
 * the run and checked afterwards — SQLite's own procedure for schema changes: TypeORM alters a table
 * by copying it under a temporary name, and with foreign keys on SQLite would repoint other tables'
 * references at the temporary copy.
 */
export async function migrate(dataSource: DataSource, direction: 'up' | 'down' = 'up'): Promise<void> {
  const sqlite = dataSource.options.type === 'better-sqlite3';
  if (sqlite) await dataSource.query('PRAGMA foreign_keys = OFF');
  try {
    if (direction === 'up') await dataSource.runMigrations({ transaction: 'all' });
    else await dataSource.undoLastMigration({ transaction: 'all' });
    if (sqlite) {
      const broken = await dataSource.query<unknown[]>('PRAGMA foreign_key_check');
      if (broken.length) throw new Error(`Migration left broken foreign keys: ${JSON.stringify(broken.slice(0, 5))}`);
    }
  } finally {
    if (sqlite) await dataSource.query('PRAGMA foreign_keys = ON');
  }
}
