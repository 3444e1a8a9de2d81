import type { DataSource } from 'typeorm';

/**
 * Tables whose rows may change on any request, valid or not, because they are not domain data:
 * - rate_limit_counters: login and request throttling counters (a refused login still counts).
 * Nothing else belongs here.
 */
export const VOLATILE_TABLES: readonly string[] = ['rate_limit_counters'];

/** Every table's rows, as a sorted list of their JSON, by table name. */
export type TableSnapshot = Map<string, string[]>;

/** All tables of the database (whatever created them), except the volatile ones. */
async function tableNames(dataSource: DataSource): Promise<string[]> {
  const rows: { name: string }[] =
    dataSource.options.type === 'better-sqlite3'
      ? await dataSource.query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
      : await dataSource.query(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'`);
  return rows
    .map((r) => r.name)
    .filter((name) => !VOLATILE_TABLES.includes(name))
    .sort();
}

export async function snapshotTables(dataSource: DataSource): Promise<TableSnapshot> {
  const snapshot: TableSnapshot = new Map();
  const quote = dataSource.options.type === 'better-sqlite3' ? (n: string) => `"${n}"` : (n: string) => `\`${n}\``;
  for (const table of await tableNames(dataSource)) {
    const rows: object[] = await dataSource.query(`SELECT * FROM ${quote(table)}`);
    snapshot.set(table, rows.map((row) => JSON.stringify(row)).sort());
  }
  return snapshot;
}

/** Rows changed between two snapshots, by table (an insert, a delete or an update each count one). */
export function changedRows(before: TableSnapshot, after: TableSnapshot): Record<string, number> {
  const changed: Record<string, number> = {};
  for (const table of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(table) ?? [];
    const b = after.get(table) ?? [];
    const count = Math.max(multisetMinus(a, b), multisetMinus(b, a));
    if (count > 0) changed[table] = count;
  }
  return changed;
}

function multisetMinus(a: string[], b: string[]): number {
  const counts = new Map<string, number>();
  for (const row of b) counts.set(row, (counts.get(row) ?? 0) + 1);
  let extra = 0;
  for (const row of a) {
    const n = counts.get(row) ?? 0;
    if (n > 0) counts.set(row, n - 1);
    else extra++;
  }
  return extra;
}
