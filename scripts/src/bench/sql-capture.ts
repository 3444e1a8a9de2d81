/**
 * Preloaded into the benchmarked server (`node -r scripts/dist/bench/sql-capture.js server/dist/main.js`)
 * when BENCH_SQL_LOG names a file: every statement TypeORM sends to MySQL/MariaDB is appended to it
 * as a JSON line ({sql, parameters}), so the read benchmark can EXPLAIN what each read ran. The
 * server's code is not changed; without BENCH_SQL_LOG this does nothing.
 */
import { appendFileSync } from 'node:fs';

const file = process.env.BENCH_SQL_LOG;
if (file) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { MysqlQueryRunner } = require('typeorm/driver/mysql/MysqlQueryRunner') as {
    MysqlQueryRunner: { prototype: { query: (query: string, parameters?: unknown[], ...rest: unknown[]) => Promise<unknown> } };
  };
  const original = MysqlQueryRunner.prototype.query;
  MysqlQueryRunner.prototype.query = function (query: string, parameters?: unknown[], ...rest: unknown[]) {
    appendFileSync(file, `${JSON.stringify({ sql: query, parameters: parameters ?? [] })}\n`);
    return original.call(this, query, parameters, ...rest);
  };
}
