/**
 * The ledger generator's models: appeal histories written by the product itself. A scratch database
 * gets the sample street and its sample appeals played through the real intake and action services
 * (the sample-data seeder), then one timer pass at its end (breaches escalate, fed-back appeals
 * close after 7 days, warnings go out). Every appeal there, with everything that hangs on it —
 * timeline lines, feedback, ratings, settled deadlines, dispatch order and assignments, supervision
 * flags, timers, notices — is one model; the generator copies models, moved in time, to other communities and people.
 *
 * The scratch database is kept (it takes a minute or two to play) and reused while its version and
 * size match.
 */
import { FINAL_STATUSES } from '@lingjuli/shared';
import { TimerDrain, seedSampleData } from '@lingjuli/server';
import type { Connection } from 'mysql2/promise';
import { benchDatabaseUrl, freshContext } from './bench-database';
import { bulkConnection, parseTime } from './ledger-load';

export const TEMPLATE_DATABASE = 'lingjuli_ledger_templates';
/** Bump when the way models are made changes: a kept scratch database of another version is rebuilt. */
const TEMPLATE_VERSION = 2;
/** The instant the model histories end at (their "now"): a winter day, so the heating matters are among them. */
export const TEMPLATE_NOW = Date.parse('2026-01-15T04:00:00.000Z');
const TEMPLATE_SEED = 20190101;

export type Row = Record<string, string | null>;

export interface TemplateUser {
  id: number;
  role: string;
  username: string | null;
  communityId: number | null;
  gridId: number | null;
}

/** One model appeal and what hangs on it, as the product wrote it. */
export interface Bundle {
  id: number;
  appeal: Row;
  communityId: number;
  receivedAt: number;
  /** The last instant anything in the bundle happened. */
  end: number;
  final: boolean;
  events: Row[];
  feedbacks: Row[];
  feedbackDepartments: Map<number, number[]>;
  ratings: Row[];
  /** The deadlines settled (appeal_deadlines): met, late or missed. */
  deadlines: Row[];
  order: Row | null;
  assignments: Row[];
  flags: Row[];
  timers: Row[];
  outbox: Row[];
  /** When it was taken in (accept), and when it was resolved or ended, for the decorations. */
  acceptedAt: number | null;
  workEndsAt: number | null;
}

export interface Templates {
  now: number;
  bundles: Bundle[];
  users: Map<number, TemplateUser>;
  buildings: Map<number, { communityId: number; code: string }>;
  communities: Map<number, string>;
  departments: Map<number, string>;
}

const FINAL = new Set<string>(FINAL_STATUSES);
/** Lines of powers the sample seeds on a few appeals; the generator adds its own, so models have none. */
const DECORATED = new Set(['whistle', 'formTaskForce', 'taskForceNote', 'support']);

/** Makes (or reuses) the scratch database of models and reads it. */
export async function loadTemplates(options: { appeals: number; phoneKey: string; log: (line: string) => void }): Promise<Templates> {
  const url = benchDatabaseUrl(TEMPLATE_DATABASE);
  if (!(await isCurrent(url, options.appeals))) {
    const started = Date.now();
    options.log(`models: playing ${options.appeals} sample appeals through the real services into ${TEMPLATE_DATABASE} …`);
    const { context } = await freshContext(TEMPLATE_DATABASE, { PHONE_ENCRYPTION_KEY: options.phoneKey });
    try {
      const now = new Date(TEMPLATE_NOW);
      context.clock.set(now);
      await seedSampleData(context.app, context.clock, { appeals: options.appeals, now, seed: TEMPLATE_SEED });
      // The timer pass a running server would have made by then: breaches, auto-closes, warnings.
      context.clock.set(now);
      const drained = await context.app.get(TimerDrain).drain();
      await context.dataSource.query('CREATE TABLE bench_ledger (name varchar(50) PRIMARY KEY, value text NOT NULL)');
      await context.dataSource.query('INSERT INTO bench_ledger VALUES (?, ?)', [
        'templates',
        JSON.stringify({ version: TEMPLATE_VERSION, appeals: options.appeals }),
      ]);
      options.log(`models: done in ${((Date.now() - started) / 1000).toFixed(0)} s (${JSON.stringify(drained)} at the end)`);
    } finally {
      await context.close();
    }
  } else {
    options.log(`models: reusing ${TEMPLATE_DATABASE}`);
  }
  const connection = await bulkConnection(url);
  try {
    return await readTemplates(connection);
  } finally {
    await connection.end();
  }
}

async function isCurrent(url: string, appeals: number): Promise<boolean> {
  let connection: Connection | null = null;
  try {
    connection = await bulkConnection(url);
    const [rows] = await connection.query("SELECT value FROM bench_ledger WHERE name = 'templates'");
    const value = (rows as { value: string }[])[0]?.value;
    if (!value) return false;
    const marker = JSON.parse(value) as { version: number; appeals: number };
    return marker.version === TEMPLATE_VERSION && marker.appeals === appeals;
  } catch {
    return false;
  } finally {
    await connection?.end();
  }
}

async function rows(connection: Connection, sql: string): Promise<Row[]> {
  const [result] = await connection.query({ sql, typeCast: stringsOnly } as never);
  return result as Row[];
}

/** Every value as text (or null), so rows copy exactly. */
function stringsOnly(field: { string(): string | null }): string | null {
  return field.string();
}

const groupBy = (list: Row[], key: string) => {
  const map = new Map<number, Row[]>();
  for (const row of list) {
    const id = Number(row[key]);
    const group = map.get(id);
    if (group) group.push(row);
    else map.set(id, [row]);
  }
  return map;
};

async function readTemplates(connection: Connection): Promise<Templates> {
  const users = new Map<number, TemplateUser>();
  for (const u of await rows(connection, 'SELECT id, role, username, communityId, gridId FROM users')) {
    users.set(Number(u.id), {
      id: Number(u.id),
      role: u.role!,
      username: u.username,
      communityId: u.communityId === null ? null : Number(u.communityId),
      gridId: u.gridId === null ? null : Number(u.gridId),
    });
  }
  const buildings = new Map<number, { communityId: number; code: string }>();
  for (const b of await rows(connection, 'SELECT id, communityId, code FROM buildings'))
    buildings.set(Number(b.id), { communityId: Number(b.communityId), code: b.code! });
  const communities = new Map<number, string>();
  for (const c of await rows(connection, 'SELECT id, code FROM communities')) communities.set(Number(c.id), c.code!);
  const departments = new Map<number, string>();
  for (const d of await rows(connection, 'SELECT id, name FROM departments')) departments.set(Number(d.id), d.name!);

  const events = groupBy(await rows(connection, 'SELECT * FROM appeal_events ORDER BY id'), 'appealId');
  const feedbacks = groupBy(await rows(connection, 'SELECT * FROM appeal_feedbacks ORDER BY id'), 'appealId');
  const feedbackDepartments = new Map<number, number[]>();
  for (const fd of await rows(connection, 'SELECT * FROM appeal_feedback_departments')) {
    const list = feedbackDepartments.get(Number(fd.feedbackId)) ?? [];
    list.push(Number(fd.departmentId));
    feedbackDepartments.set(Number(fd.feedbackId), list);
  }
  const ratings = groupBy(await rows(connection, 'SELECT * FROM appeal_ratings ORDER BY id'), 'appealId');
  const deadlines = groupBy(await rows(connection, 'SELECT * FROM appeal_deadlines ORDER BY id'), 'appealId');
  const orders = groupBy(await rows(connection, 'SELECT * FROM dispatch_orders ORDER BY id'), 'appealId');
  const assignments = groupBy(await rows(connection, 'SELECT * FROM dispatch_assignments ORDER BY id'), 'appealId');
  const flags = groupBy(await rows(connection, 'SELECT * FROM supervision_flags ORDER BY id'), 'appealId');
  const timers = groupBy(await rows(connection, "SELECT * FROM appeal_timers WHERE ownerType = 'appeal' ORDER BY id"), 'ownerId');
  const outbox = groupBy(await rows(connection, 'SELECT * FROM notification_outbox WHERE appealId IS NOT NULL ORDER BY id'), 'appealId');
  const [[marker]] = (await connection.query('SELECT COUNT(*) AS n FROM appeal_supporters')) as unknown as [{ n: number }[]];
  if (Number(marker.n) !== 0) throw new Error('model appeals with supporters: the generator adds its own');

  const bundles: Bundle[] = [];
  for (const appeal of await rows(connection, 'SELECT * FROM appeals ORDER BY id')) {
    const id = Number(appeal.id);
    const lines = events.get(id) ?? [];
    if (lines.some((e) => DECORATED.has(e.type!))) continue;
    const times: number[] = [];
    for (const e of lines) times.push(parseTime(e.at)!);
    for (const f of feedbacks.get(id) ?? []) times.push(parseTime(f.at)!);
    for (const r of ratings.get(id) ?? []) times.push(parseTime(r.at)!);
    for (const d of deadlines.get(id) ?? []) times.push(parseTime(d.settledAt)!, parseTime(d.respondedAt) ?? 0);
    for (const n of outbox.get(id) ?? []) times.push(parseTime(n.createdAt)!);
    const accept = lines.find((e) => e.type === 'accept');
    const ended = lines.find((e) => e.toStatus === 'resolved' || (e.toStatus !== null && FINAL.has(e.toStatus)));
    bundles.push({
      id,
      appeal,
      communityId: Number(appeal.communityId),
      receivedAt: parseTime(appeal.receivedAt)!,
      end: Math.max(...times, parseTime(appeal.updatedAt)!),
      final: FINAL.has(appeal.status!),
      events: lines,
      feedbacks: feedbacks.get(id) ?? [],
      feedbackDepartments,
      ratings: ratings.get(id) ?? [],
      deadlines: deadlines.get(id) ?? [],
      order: orders.get(id)?.[0] ?? null,
      assignments: assignments.get(id) ?? [],
      flags: flags.get(id) ?? [],
      timers: timers.get(id) ?? [],
      outbox: outbox.get(id) ?? [],
      acceptedAt: accept ? parseTime(accept.at) : null,
      workEndsAt: ended ? parseTime(ended.at) : null,
    });
  }
  return { now: TEMPLATE_NOW, bundles, users, buildings, communities, departments };
}
