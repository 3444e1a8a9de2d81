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
