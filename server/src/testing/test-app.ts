import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppealDetail } from '@lingjuli/shared';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { configureApp } from '../app.setup';
import { TokenService } from '../auth/token.service';
import { ManualClock } from '../common/clock/clock';
import { loadConfig } from '../config/app-config';
import { createFixtures, type FixtureUser, type Fixtures } from './fixtures';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface TestAppOptions {
  /** Extra environment for loadConfig (e.g. WeChat credentials and the fake server's URL). */
  env?: Record<string, string>;
  /** Start the clock here (default 2026-03-02 10:00 Beijing time). */
  startAt?: string;
  /** Create the fixture street (default true). */
  fixtures?: boolean;
  /** Another app's database, for a second server process over the same data (it is not dropped on close). */
  database?: TestDatabase;
  /** How the app reaches its database, given the database's URL (e.g. through a proxy the test can cut). */
  databaseUrl?: (url: string) => string;
}

export interface TestApp {
  app: NestExpressApplication;
  http: TestAgent;
  clock: ManualClock;
  dataSource: DataSource;
  database: TestDatabase;
  fixtures: Fixtures;
  /** A bearer token for a fixture user. */
  token(user: FixtureUser): string;
  /** A supertest agent whose requests carry that user's token. */
  as(user: FixtureUser): AuthedAgent;
  /** An appeal action (`POST /api/appeals/:id/<action>`) by that user that must succeed: the appeal as she then sees it. */
  act(user: FixtureUser, appealId: number, action: string, body?: object): Promise<AppealDetail>;
  close(): Promise<void>;
}

export type AuthedAgent = {
  [M in 'get' | 'post' | 'put' | 'patch' | 'delete']: (url: string) => request.Test;
};

/**
 * The real application (every module, the real HTTP stack, migrations on a fresh real database),
 * with a clock the test moves and the fixture street loaded.
 */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const uploadDir = mkdtempSync(join(tmpdir(), 'lingjuli-uploads-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: options.databaseUrl?.(database.url) ?? database.url,
    UPLOAD_DIR: uploadDir,
    UPLOAD_MAX_BYTES: String(1024 * 1024),
    WEB_ROOT: '',
    SCHEDULER_ENABLED: 'false',
    // The tests stand in for development, where `npm start` asks for the dev login.
    DEV_LOGIN: 'true',
    ...options.env,
  });
  const clock = new ManualClock(options.startAt ?? '2026-03-02T10:00:00+08:00');
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot({ config, clock })] }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: false });
  configureApp(app);
  await app.init();

  const dataSource = app.get(DataSource);
  const fixtures = options.fixtures === false ? ({} as Fixtures) : await createFixtures(dataSource, clock.now());
  const tokens = app.get(TokenService);
  const http = request(app.getHttpServer());
  const token = (user: FixtureUser) => {
    const u = fixtures.users[user];
    return tokens.issue(u.id, u.role).token;
  };
  const as = (user: FixtureUser): AuthedAgent => {
    const auth = `Bearer ${token(user)}`;
    return {
      get: (url) => http.get(url).set('Authorization', auth),
      post: (url) => http.post(url).set('Authorization', auth),
      put: (url) => http.put(url).set('Authorization', auth),
      patch: (url) => http.patch(url).set('Authorization', auth),
      delete: (url) => http.delete(url).set('Authorization', auth),
    };
  };

  const act = async (user: FixtureUser, appealId: number, action: string, body: object = {}): Promise<AppealDetail> =>
    (await as(user).post(`/api/appeals/${appealId}/${action}`).send(body).expect(200)).body as AppealDetail;

  return {
    app,
    http,
    clock,
    dataSource,
    database,
    fixtures,
    token,
    as,
    act,
    close: async () => {
      await app.close();
      if (!options.database) await database.drop();
      rmSync(uploadDir, { recursive: true, force: true });
    },
  };
}
