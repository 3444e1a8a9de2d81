import type { EntityManager } from 'typeorm';
import { kindOf } from './data-source-options';

/**
 * Adds `rows` to counters kept in a table (one row per key: a rollup, a user's counts), creating a row
 * the first time: one upsert in each dialect, so two transactions adding to the same new row both
 * count. Rows go in the order given: give them sorted by key where two transactions may touch the same.
 */
export async function addToCounters<T extends object>(
  em: EntityManager,
  entity: new () => T,
  keys: (keyof T & string)[],
  counts: (keyof T & string)[],
  rows: T[],
): Promise<void> {
  if (!rows.length) return;
  const metadata = em.connection.getMetadata(entity);
  const columns = [...keys, ...counts];
  // A raw statement: each value as the driver stores it (SQLite takes no Date).
  const values = rows.flatMap((row) =>
    columns.map((c): unknown => em.connection.driver.preparePersistentValue(row[c], metadata.findColumnWithPropertyName(c)!) as unknown),
  );
  const q = (name: string) => em.connection.driver.escape(name);
  const tuples = rows.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ');
  const insert = `INSERT INTO ${q(metadata.tableName)} (${columns.map(q).join(', ')}) VALUES ${tuples}`;
  const sql =
    kindOf(em.connection) === 'sqlite'
      ? `${insert} ON CONFLICT (${keys.map(q).join(', ')}) DO UPDATE SET ${counts.map((c) => `${q(c)} = ${q(c)} + excluded.${q(c)}`).join(', ')}`
      : `${insert} ON DUPLICATE KEY UPDATE ${counts.map((c) => `${q(c)} = ${q(c)} + VALUES(${q(c)})`).join(', ')}`;
  await em.query(sql, values);
}
