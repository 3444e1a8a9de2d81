import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { seedSampleData, type SeedSummary } from '../sample-data/seed';
import { openServerContext, type ServerContext } from '../server-context';
import { createTestDatabase } from './test-database';

export interface SeededSampleDatabase {
  context: ServerContext;
  dataSource: DataSource;
  summary: SeedSummary;
  close(): Promise<void>;
}

/** A fresh test database seeded with the sample data through the real services, as `npm start` seeds it. */
export async function openSeededSampleDatabase(options: { appeals: number; now: Date }): Promise<SeededSampleDatabase> {
  const database = await createTestDatabase();
  const uploadDir = mkdtempSync(join(tmpdir(), 'lingjuli-seed-'));
  const context = await openServerContext(loadConfig({ NODE_ENV: 'test', DATABASE_URL: database.url, UPLOAD_DIR: uploadDir, WEB_ROOT: '' }));
  const summary = await seedSampleData(context.app, context.clock, options);
  return {
    context,
    dataSource: context.dataSource,
    summary,
    async close() {
      await context.close();
      await database.drop();
      rmSync(uploadDir, { recursive: true, force: true });
    },
  };
}
