import Database from 'better-sqlite3';
import type { Response } from 'supertest';
import type { BetterSqlite3Driver } from 'typeorm/driver/better-sqlite3/BetterSqlite3Driver.js';
import { startTcpProxy, type TcpProxy } from '../testing/tcp-proxy';
import { createTestApp, type TestApp } from '../testing/test-app';

/*
 * While the database cannot be reached, the API says so: 503 SERVICE_UNAVAILABLE with Retry-After, as
 * /api/health does, not 500 INTERNAL_ERROR. Each case takes the database away from a running app for
 * real: the network to MariaDB is cut (open connections reset, new ones refused), SQLite's connection
 * is closed or its file locked by another process, or the data source is shut down.
 */

const isMariaDb = process.env.TEST_DATABASE === 'mariadb';

function expectUnavailable(res: Response): void {
  expect({ status: res.status, body: res.body }).toEqual({ status: 503, body: { code: 'SERVICE_UNAVAILABLE', message: '服务暂时不可用，请稍后再试' } });
  expect(res.headers['retry-after']).toMatch(/^[1-9]\d*$/);
}

describe('answers 503 with Retry-After while the database is unavailable (real HTTP, real database)', () => {
  let t: TestApp;
  let proxy: TcpProxy | undefined;
  let keys = 0;

  const file = () =>
    t
      .as('residentA')
      .post('/api/appeals')
      .set('Idempotency-Key', `db-down-${++keys}`)
      .send({ channel: 'online', content: '小区门口的路灯坏了', communityId: t.fixtures.communities.a.id });

  /** Intake, a queue, and the health check, all refused alike. */
  async function expectAllUnavailable(): Promise<void> {
    expectUnavailable(await file());
    expectUnavailable(await t.as('staffA').get('/api/appeals'));
    expectUnavailable(await t.http.get('/api/health'));
  }

  afterEach(async () => {
    await t?.close().catch(() => undefined);
    await proxy?.close();
    proxy = undefined;
  });

  (isMariaDb ? it : it.skip)('MariaDB: the network to the server is cut, then restored', async () => {
    const server = new URL(process.env.TEST_MARIADB_URL ?? 'mariadb://root@127.0.0.1:3306');
    proxy = await startTcpProxy({ host: server.hostname, port: Number(server.port || 3306) });
    const port = proxy.port;
    t = await createTestApp({ databaseUrl: (url) => url.replace(`${server.hostname}:${server.port || 3306}`, `127.0.0.1:${port}`) });
    await file().expect(201);

    await proxy.cut();
    await expectAllUnavailable();

    await proxy.restore();
    await file().expect(201);
    await t.http.get('/api/health').expect(200);
  });

  (isMariaDb ? it.skip : it)('SQLite: the connection is closed under the running app', async () => {
    t = await createTestApp();
    await file().expect(201);
    (t.dataSource.driver as BetterSqlite3Driver).databaseConnection.close();
    await expectAllUnavailable();
  });

  (isMariaDb ? it.skip : it)(
    'SQLite: another process holds the write lock past the busy timeout',
    async () => {
      t = await createTestApp();
      const other = new Database(t.database.url.slice('sqlite:'.length));
      try {
        other.exec('BEGIN EXCLUSIVE');
        expectUnavailable(await file());
        other.exec('ROLLBACK');
        await file().expect(201);
      } finally {
        other.close();
      }
    },
    30_000,
  );

  it('either database: the data source is shut down under the running app', async () => {
    t = await createTestApp();
    await t.dataSource.destroy();
    await expectAllUnavailable();
  });
});
