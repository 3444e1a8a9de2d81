/**
 * Writes a migration for each dialect from the difference between the entities and a database
 * migrated to the latest existing migration: SQLite in a scratch file, MySQL/MariaDB in a scratch
 * database (MIGRATION_MYSQL_URL, default mariadb://root@127.0.0.1:3306). Run from the compiled
 * output: `npm run migration:generate -w server -- <Name>`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions, type DatabaseKind } from './data-source-options';
import { migrate } from './migrate';
import { dropMysqlDatabase, recreateMysqlDatabase } from './mysql-admin';

const SOURCE_DIR = resolve(__dirname, '../../src/database/migrations');

async function pendingSql(url: string): Promise<{ up: string[]; down: string[] }> {
  const dataSource = new DataSource(dataSourceOptions(url));
  await dataSource.initialize();
  try {
    await migrate(dataSource);
    const log = await dataSource.driver.createSchemaBuilder().log();
    return { up: log.upQueries.map((q) => q.query), down: log.downQueries.reverse().map((q) => q.query) };
  } finally {
    await dataSource.destroy();
  }
}

function render(className: string, sql: { up: string[]; down: string[] }): string {
  const lines = (queries: string[]) => queries.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(sql.up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(sql.down)}
  }
}
`;
}

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('Usage: generate-migration <PascalCaseName>');
  const className = `${name}${Date.now()}`;
  const scratch = mkdtempSync(join(tmpdir(), 'lingjuli-migration-'));
  const mysqlBase = process.env.MIGRATION_MYSQL_URL ?? 'mariadb://root@127.0.0.1:3306';
  const mysqlUrl = `${mysqlBase.replace(/\/$/, '')}/lingjuli_migration_scratch`;
  const targets: Record<DatabaseKind, string> = { sqlite: `sqlite:${join(scratch, 'scratch.sqlite')}`, mysql: mysqlUrl };
  try {
    await recreateMysqlDatabase(mysqlUrl);
    for (const [kind, url] of Object.entries(targets) as [DatabaseKind, string][]) {
      const sql = await pendingSql(url);
      if (sql.up.length === 0) {
        console.log(`${kind}: entities match the migrations; nothing written`);
        continue;
      }
      const file = join(SOURCE_DIR, kind, `${className}.ts`);
      writeFileSync(file, render(className, sql));
      console.log(`${kind}: ${sql.up.length} statements → ${file}`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    await dropMysqlDatabase(mysqlUrl);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
