import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { ManualClock } from './common/clock/clock';
import type { AppConfig } from './config/app-config';

/** The application without HTTP, for scripts (seeding, benchmarks): on a clock the script moves, no timer heartbeat. */
export interface ServerContext {
  app: INestApplicationContext;
  clock: ManualClock;
  dataSource: DataSource;
  close(): Promise<void>;
}

export async function openServerContext(config: AppConfig): Promise<ServerContext> {
  const clock = new ManualClock(new Date());
  const quiet: AppConfig = { ...config, scheduler: { ...config.scheduler, enabled: false } };
  const app = await NestFactory.createApplicationContext(AppModule.forRoot({ config: quiet, clock }), { logger: ['error', 'warn'] });
  return { app, clock, dataSource: app.get(DataSource), close: () => app.close() };
}
