import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { migrate } from './migrate';
import { ProjectOpinion } from '../projects/project-opinion.entity';
import { Project } from '../projects/project.entity';
import { createFixtures } from '../testing/fixtures';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { Timer } from '../timers/timer.entity';

/** A fresh database for the describe block it is called in, handed to `ready` once a data source is on it (not migrated). */
function onFreshDatabase(ready: (dataSource: DataSource) => void): void {
  let database: TestDatabase;
  let dataSource: DataSource;
  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
    ready(dataSource);
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });
}

/** Migrates down until the migration whose name starts with `name` is reverted (the later ones first). */
async function revertThrough(dataSource: DataSource, name: string): Promise<void> {
  const applied = async () => (await dataSource.query<{ name: string }[]>('SELECT name FROM migrations')).map((row) => row.name);
  while ((await applied()).some((migration) => migration.startsWith(name))) await migrate(dataSource, 'down');
}

describe('migrations', () => {
  let dataSource: DataSource;

  onFreshDatabase((ready) => (dataSource = ready));

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

describe('the generic timers migration', () => {
  let dataSource: DataSource;
  const sqlite = () => dataSource.options.type === 'better-sqlite3';
  const quote = (name: string) => (sqlite() ? `"${name}"` : `\`${name}\``);

  onFreshDatabase((ready) => (dataSource = ready));

  it("carries timers made by the previous schema over: an appeal's as owner appeal, a whistled department's as owner whistleTarget", async () => {
    await migrate(dataSource);
    // Back to the schema just before it (later migrations, if any, first).
    await revertThrough(dataSource, 'GenericTimers');

    // Rows as the previous version wrote them; their appeals and whistle targets need not exist here.
    const runner = dataSource.createQueryRunner();
    try {
      await runner.query(sqlite() ? 'PRAGMA foreign_keys = OFF' : 'SET FOREIGN_KEY_CHECKS = 0');
      const insert = `INSERT INTO ${quote('appeal_timers')} (${['id', 'appealId', 'whistleTargetId', 'kind', 'fireAt', 'deadline', 'firedAt', 'version', 'attempts', 'lastError'].map(quote).join(', ')}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
      await runner.query(insert, [1, 7, null, 'breach', '2026-03-02 02:30:00.001', '2026-03-02 02:30:00.000', null, 2, 0, null]);
      await runner.query(insert, [2, 7, null, 'warning', null, '2026-03-02 02:30:00.000', '2026-03-02 02:06:00.000', 1, 0, null]);
      await runner.query(insert, [3, null, 11, 'whistleReportIn', '2026-03-02 01:00:00.001', '2026-03-02 01:00:00.000', null, 1, 3, 'boom']);
      await runner.query(sqlite() ? 'PRAGMA foreign_keys = ON' : 'SET FOREIGN_KEY_CHECKS = 1');
    } finally {
      await runner.release();
    }

    await migrate(dataSource);
    const rows: Record<string, unknown>[] = await dataSource.query(
      `SELECT ${['id', 'ownerType', 'ownerId', 'kind', 'version', 'attempts', 'lastError'].map(quote).join(', ')}, ${quote('fireAt')} IS NULL AS fired FROM ${quote('appeal_timers')} ORDER BY ${quote('id')}`,
    );
    expect(rows.map((r) => ({ ...r, ownerId: Number(r.ownerId), version: Number(r.version), attempts: Number(r.attempts), fired: Number(r.fired) }))).toEqual([
      { id: 1, ownerType: 'appeal', ownerId: 7, kind: 'breach', version: 2, attempts: 0, lastError: null, fired: 0 },
      { id: 2, ownerType: 'appeal', ownerId: 7, kind: 'warning', version: 1, attempts: 0, lastError: null, fired: 1 },
      { id: 3, ownerType: 'whistleTarget', ownerId: 11, kind: 'whistleReportIn', version: 1, attempts: 3, lastError: 'boom', fired: 0 },
    ]);
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });
});

describe('the project opinion timers migration', () => {
  let dataSource: DataSource;

  onFreshDatabase((ready) => (dataSource = ready));

  it('gives each project still awaiting its opinion, with the deadline ahead, its opinion-deadline timer', async () => {
    await migrate(dataSource);
    // The people and places first, with today's entities (later migrations add columns to them), then back.
    const now = new Date();
    const fixtures = await createFixtures(dataSource, now);
    await revertThrough(dataSource, 'ProjectOpinionTimers');

    // Projects as the previous version left them: no timer of their own.
    const project = (title: string, dueInMs: number, status: Project['status'] = 'awaitingOpinion') =>
      dataSource.getRepository(Project).save({
        communityId: fixtures.communities.a.id,
        title,
        description: '—',
        kind: 'service',
        status,
        registeredById: fixtures.users.commandCenter.id,
        registeredAt: now,
        opinionDueAt: new Date(now.getTime() + dueInMs),
        startedAt: null,
        startedById: null,
      });
    const ahead = await project('等待意见', 3 * 24 * 3_600_000);
    const overdue = await project('已逾期', -3_600_000);
    const answered = await project('已回复', 3 * 24 * 3_600_000, 'opinionGiven');
    await dataSource
      .getRepository(ProjectOpinion)
      .insert({ projectId: answered.id, opinion: 'agree', text: '同意', byId: fixtures.users.secretaryA.id, at: now });

    await migrate(dataSource);
    const timers = await dataSource.getRepository(Timer).findBy({ ownerType: 'project' });
    expect(timers.map(({ ownerId, kind, deadline, fireAt, firedAt, version }) => ({ ownerId, kind, deadline, fireAt, firedAt, version }))).toEqual([
      {
        ownerId: ahead.id,
        kind: 'projectOpinionDue',
        deadline: ahead.opinionDueAt,
        fireAt: new Date(ahead.opinionDueAt.getTime() + 1),
        firedAt: null,
        version: 1,
      },
    ]);
    expect([overdue.id, answered.id]).not.toContain(timers[0].ownerId);

    await revertThrough(dataSource, 'ProjectOpinionTimers');
    expect(await dataSource.getRepository(Timer).countBy({ ownerType: 'project' })).toBe(0);
    await migrate(dataSource);
  });
});
