import type { DataSource } from 'typeorm';

/** A line of MariaDB's ANALYZE: the plan, and the rows each table's access really read. */
export interface PlanRow {
  table: string;
  key: string | null;
  r_rows: number | string | null;
  Extra: string | null;
}

/**
 * Runs `work` (a real service call), catches every SELECT it sends that reads `table`, and runs each
 * again under MariaDB's ANALYZE, which reports the rows each step really read — for the tests that
 * hold a list to its index (docs/performance.md, "Reads as the ledger grows").
 */
export async function analyseReads(dataSource: DataSource, table: string, work: () => Promise<unknown>): Promise<{ sql: string; plan: PlanRow[] }[]> {
  if (!['mysql', 'mariadb'].includes(dataSource.options.type))
    throw new Error('query plans are checked on MariaDB: run with TEST_DATABASE=mariadb (npm run test:mariadb)');
  const sent: [string, unknown[]][] = [];
  const spy = jest
    .spyOn(dataSource.logger, 'logQuery')
    .mockImplementation((sql, parameters) => void sent.push([sql, Array.isArray(parameters) ? parameters : []]));
  try {
    await work();
  } finally {
    spy.mockRestore();
  }
  const reads = sent.filter(([sql]) => /^SELECT/i.test(sql) && sql.includes(`\`${table}\``));
  return Promise.all(reads.map(async ([sql, parameters]) => ({ sql, plan: await dataSource.query<PlanRow[]>(`ANALYZE ${sql}`, parameters) })));
}

/**
 * Copies row `id` of `table` `times` times in one statement (MariaDB's `seq_1_to_N` table), with
 * the columns in `computed` given as SQL over the copy's number `s.seq` and the original `t`: a
 * ledger for the plan tests in seconds. Generated columns are left to the database.
 */
export async function copyRows(dataSource: DataSource, table: string, id: number, times: number, computed: Record<string, string> = {}): Promise<void> {
  const columns = (
    await dataSource.query<{ name: string }[]>(
      'SELECT COLUMN_NAME AS name FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND COLUMN_NAME <> ? AND GENERATION_EXPRESSION IS NULL ORDER BY ORDINAL_POSITION',
      [table, 'id'],
    )
  ).map((c) => c.name);
  await dataSource.query(
    `INSERT INTO ${table} (${columns.map((c) => `\`${c}\``).join(', ')})
     SELECT ${columns.map((c) => computed[c] ?? `t.\`${c}\``).join(', ')} FROM ${table} t JOIN seq_1_to_${times} s WHERE t.id = ?`,
    [id],
  );
}
