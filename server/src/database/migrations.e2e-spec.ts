import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { migrate } from './migrate';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';

describe('migrations', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('create exactly the schema the entities describe', async () => {
    await migrate(dataSource);
    expect(await dataSource.showMigrations()).toBe(false);
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('revert cleanly, dropping every table they created', async () => {
    for (let i = 0; i < dataSource.migrations.length; i++) await migrate(dataSource, 'down');
    const runner = dataSource.createQueryRunner();
    try {
      const left = [];
      for (const { tableName } of dataSource.entityMetadatas) if (await runner.hasTable(tableName)) left.push(tableName);
      expect(left).toEqual([]);
    } finally {
      await runner.release();
    }
  });
});
