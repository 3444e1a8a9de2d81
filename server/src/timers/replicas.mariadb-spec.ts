/**
 * Several real server processes (the compiled server, `npm run build` first) drain the timers of one
 * MariaDB database together: every breach is escalated exactly once, every notification written
 * once, and killing one process with SIGKILL mid-run loses nothing. Runs in `npm run test:mariadb`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppealIntakeService } from '../appeals/appeal-intake.service';
import { Appeal } from '../appeals/entities/appeal.entity';
import { AppealEvent } from '../appeals/entities/appeal-event.entity';
import { DispatchOrder } from '../appeals/entities/dispatch-order.entity';
import { SupervisionFlag } from '../appeals/entities/supervision-flag.entity';
import { InboxMessage } from '../notifications/inbox-message.entity';
import { NotificationOutbox } from '../notifications/notification-outbox.entity';
import { createTestApp, type TestApp } from '../testing/test-app';
import { IsNull } from 'typeorm';
import { contextOf } from '../users/user.mapper';

const APPEALS = 1000;
const WINDOW_MS = 30 * 60_000; // emergency
const MAIN = join(__dirname, '../../dist/main.js');

jest.setTimeout(240_000);

interface Replica {
  name: string;
  process: ChildProcess;
  fired: number;
}

function startReplica(name: string, databaseUrl: string): Replica {
  const child = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      NODE_ENV: 'development',
      DATABASE_URL: databaseUrl,
      PORT: '0',
      DB_MIGRATE_ON_START: 'false',
      SCHEDULER_TICK_MS: '200',
      LOG_FORMAT: 'json',
      WEB_ROOT: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const replica: Replica = { name, process: child, fired: 0 };
  let buffer = '';
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) {
      // ConsoleLogger's JSON lines: the scheduler logs {event: 'schedulerPass', fired, ...} as the message.
      const message = line.startsWith('{') ? (JSON.parse(line) as { message?: { event?: string; fired?: number } }).message : undefined;
      if (message?.event === 'schedulerPass') replica.fired += message.fired ?? 0;
    }
  });
  child.stderr.on('data', (chunk: Buffer) => process.stderr.write(`[${name}] ${chunk.toString()}`));
  return replica;
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('timers on several server processes over one MariaDB', () => {
  let t: TestApp;
  const replicas: Replica[] = [];

  beforeAll(async () => {
    if (process.env.TEST_DATABASE !== 'mariadb') throw new Error('Run with TEST_DATABASE=mariadb (npm run test:mariadb)');
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build the server first (npm run build)`);
    t = await createTestApp();
  });

  afterAll(async () => {
    for (const r of replicas) r.process.kill('SIGKILL');
    await t?.close();
  });

  it(`escalates each of ${APPEALS} breaches exactly once, with one process killed mid-run`, async () => {
    // File the appeals through the real intake, back-dated so their deadlines fall due 20–30 s from now,
    // i.e. while the processes run.
    const intake = t.app.get(AppealIntakeService);
    const ctx = contextOf(t.fixtures.users.staffA);
    const firstDue = Date.now() + 20_000;
    for (let i = 0; i < APPEALS; i += 50) {
      await Promise.all(
        Array.from({ length: Math.min(50, APPEALS - i) }, async (_, j) => {
          const n = i + j;
          t.clock.set(new Date(firstDue + n * 10 - WINDOW_MS));
          await intake.file(ctx, { channel: 'hotline', content: `楼道冒烟了 #${n}`, communityId: t.fixtures.communities.a.id }, `replica-${n}`);
        }),
      );
    }
    expect(Date.now()).toBeLessThan(firstDue); // filing finished before the first deadline

    replicas.push(startReplica('A', t.database.url), startReplica('B', t.database.url));
    const flags = () => t.dataSource.getRepository(SupervisionFlag).countBy({ reason: 'deadlineBreached' });

    // Kill one process with SIGKILL once a third of the breaches are done.
    await until('a third of the breaches', async () => (await flags()) >= APPEALS / 3, 120_000);
    replicas[0].process.kill('SIGKILL');
    await until('every breach', async () => (await flags()) === APPEALS, 120_000);
    const outbox = t.dataSource.getRepository(NotificationOutbox);
    await until('every notification delivered', async () => (await outbox.countBy({ deliveredAt: IsNull() })) === 0, 60_000);

    const db = t.dataSource;
    const appeals = await db.getRepository(Appeal).find();
    expect(appeals).toHaveLength(APPEALS);
    expect(appeals.every((a) => a.breachedAt?.getTime() === a.dueAt.getTime() && a.level === 'street' && a.supervised)).toBe(true);

    // Exactly once, counted in the database.
    const perAppeal = async (entity: typeof AppealEvent | typeof DispatchOrder, where: object) =>
      db
        .getRepository(entity)
        .createQueryBuilder('x')
        .select('x.appealId', 'appealId')
        .addSelect('COUNT(*)', 'n')
        .where(where)
        .groupBy('x.appealId')
        .getRawMany<{ appealId: number; n: string }>();
    const breachEvents = await perAppeal(AppealEvent, { type: 'breach' });
    expect(breachEvents).toHaveLength(APPEALS);
    expect(breachEvents.every((r) => Number(r.n) === 1)).toBe(true);
    const orders = await perAppeal(DispatchOrder, {});
    expect(orders).toHaveLength(APPEALS);
    expect(orders.every((r) => Number(r.n) === 1)).toBe(true);

    // Two recipients per breach (the community secretary and the grid secretary), each told once.
    expect(await outbox.countBy({ kind: 'deadlineBreached' })).toBe(2 * APPEALS);
    // A warning is sent only while its deadline is still ahead; never twice.
    const warnings = await outbox.countBy({ kind: 'deadlineWarning' });
    expect(warnings).toBeLessThanOrEqual(APPEALS);
    expect(await db.getRepository(InboxMessage).count()).toBe(await outbox.count());

    // Both processes did part of the work; the survivor finished what the killed one left.
    const [killed, survivor] = replicas;
    expect(killed.fired).toBeGreaterThan(0);
    expect(survivor.fired).toBeGreaterThan(0);
    console.log(`replicas: A fired ${killed.fired} timers before SIGKILL, B fired ${survivor.fired}; ${warnings} warnings`);
  });
});
