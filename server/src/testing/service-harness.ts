import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Type } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import type { InboxMessage } from '@lingjuli/shared';
import { DataSource, IsNull, Not } from 'typeorm';
import { AppModule } from '../app.module';
import { ManualClock } from '../common/clock/clock';
import type { RequestContext } from '../common/context/request-context';
import { loadConfig } from '../config/app-config';
import { NotificationsService } from '../notifications/notifications.service';
import { OutboxDispatcher } from '../notifications/outbox-dispatcher.service';
import { Timer } from '../timers/timer.entity';
import { TimerDrain, type DrainResult } from '../timers/timer-drain.service';
import { contextOf } from '../users/user.mapper';
import { createFixtures, type FixtureUser, type Fixtures } from './fixtures';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface ServiceHarnessOptions {
  /** Start the clock here (default 2026-03-02 10:00 Beijing time, as the HTTP tests). */
  startAt?: string;
  /** Create the fixture street (default true). */
  fixtures?: boolean;
  /** Extra environment for loadConfig. */
  env?: Record<string, string>;
}

export interface ServiceHarness {
  /** The clock every service reads; the test moves it. */
  clock: ManualClock;
  dataSource: DataSource;
  database: TestDatabase;
  /** The fixture street: grid 1 holds communities A and B, grid 2 holds C (see fixtures.ts). */
  fixtures: Fixtures;
  /** A real service (or any provider) from the container, with its real collaborators. */
  get<T>(type: Type<T> | (abstract new (...args: never[]) => T)): T;
  /** The context a fixture user acts in, as the auth guard would build it for her request. */
  ctx(user: FixtureUser): RequestContext;
  /** Fires every due timer, as the scheduler's heartbeat does. */
  drainTimers(): Promise<DrainResult>;
  /**
   * Makes every timer that already fired due again, so the next drain runs its effect a second time:
   * what a retry, or a second server process, would do. Effects must count once. Returns how many.
   */
  refireTimers(): Promise<number>;
  /**
   * What a fixture user finds in her in-app inbox (newest first), once pending notifications are
   * delivered. Await one before the next: on MariaDB two deliveries at once skip each other's rows.
   */
  inbox(user: FixtureUser): Promise<InboxMessage[]>;
  close(): Promise<void>;
}

/**
 * The server's services without HTTP: the whole application's container (every module, real
 * collaborators, migrations on a fresh database — SQLite, or MariaDB when TEST_DATABASE=mariadb),
 * initialised but not listening, with a manual clock and the fixture street. Tests call the
 * services' public methods as a controller would, with a fixture user's RequestContext; no guard,
 * pipe or serialisation is in the way (those are the HTTP tests' business).
 *
 *   const h = await createServiceHarness();
 *   const appeal = await h.get(AppealActionsService).accept(h.ctx('staffA'), id, {});
 */
export async function createServiceHarness(options: ServiceHarnessOptions = {}): Promise<ServiceHarness> {
  const database = await createTestDatabase();
  const uploadDir = mkdtempSync(join(tmpdir(), 'lingjuli-uploads-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    UPLOAD_DIR: uploadDir,
    WEB_ROOT: '',
    // The test drains timers itself, at the times it chooses.
    SCHEDULER_ENABLED: 'false',
    ...options.env,
  });
  const clock = new ManualClock(options.startAt ?? '2026-03-02T10:00:00+08:00');
  let moduleRef: TestingModule | undefined;
  try {
    moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot({ config, clock })] }).compile();
    moduleRef.useLogger(false);
    await moduleRef.init();
  } catch (error) {
    await moduleRef?.close();
    await database.drop();
    rmSync(uploadDir, { recursive: true, force: true });
    throw error;
  }
  const container = moduleRef;
  const dataSource = container.get(DataSource);
  const fixtures = options.fixtures === false ? ({} as Fixtures) : await createFixtures(dataSource, clock.now());

  return {
    clock,
    dataSource,
    database,
    fixtures,
    get: (type) => container.get(type, { strict: false }),
    ctx: (user) => contextOf(fixtures.users[user]),
    drainTimers: () => container.get(TimerDrain, { strict: false }).drain(),
    refireTimers: async () => {
      const result = await dataSource.getRepository(Timer).update({ firedAt: Not(IsNull()) }, { firedAt: null, fireAt: clock.now() });
      return result.affected ?? 0;
    },
    inbox: async (user) => {
      await container.get(OutboxDispatcher, { strict: false }).deliverPending();
      return container.get(NotificationsService, { strict: false }).list(contextOf(fixtures.users[user]), false);
    },
    close: async () => {
      await container.close();
      await database.drop();
      rmSync(uploadDir, { recursive: true, force: true });
    },
  };
}
