/**
 * A ledger of a given size on MariaDB, for measuring reads as the street's history grows: the sample
 * street (27 communities, their staff and 54 liaisons, the departments, the sample appeals and powers,
 * seeded as `npm run seed` does) plus `--appeals` appeals over five years, with everything that hangs
 * on them.
 *
 *   npm run build && node scripts/dist/bench/ledger.js --appeals 10000000 --database lingjuli_ledger_10m
 *     [--now 2026-12-01T00:00:00Z] [--seed 7] [--open-share 0.02]
 *
 * What the appeals are: copies of model histories that the real services wrote (see
 * ledger-templates.ts), each moved in time (whole days, so the hours of the day stay as they were)
 * and into another community, with that community's staff, liaisons and buildings and a resident of
 * its own. About 98 % end closed (or withdrawn, rejected) anywhere in the five years, more in the
 * later years; about 2 % are open at `now` — received, in progress, fed back and awaiting a rating,
 * overdue (breached: supervised and escalated to the street with the system's dispatch order), at the
 * street with dispatch orders to departments. Ratings come with the histories (about 60 % of the
 * appeals, the residents who filed online; reopened ones twice), and so do the settled deadlines
 * (`appeal_deadlines`, met, late or missed) and the tier and category each rating and feedback was
 * counted under. On top, as the services would have
 * written them: "me too" supporters (3 % of appeals, each a timeline line), whistles about appeals
 * (2 %) and about community matters, with their departments' parts, records and notices, task forces
 * on some dispatched appeals, every notice delivered to the inbox (read, but for a few), quarterly
 * evaluation periods with the secretaries' scores. Many residents (about one for every 8 online
 * appeals), and one benchmark resident (`bench:resident`, community C01) with exactly 8 appeals,
 * one of them open.
 *
 * Fast: ids are assigned here; rows go as tab-separated text through LOAD DATA LOCAL INFILE in
 * chunks while the next chunk is generated; the loaded tables' secondary keys and foreign keys are
 * set aside during the load and rebuilt at the end (then checked against the migrated definition);
 * unique and foreign key checks are off. The tables the services keep beside these (the measures'
 * counters, the rollups) are rebuilt from the loaded rows at the end. Deterministic: the same --appeals, --seed and --now give the
 * same rows. Needs MariaDB (BENCH_MARIADB_URL, default mariadb://root@127.0.0.1:3306).
 *
 * As a library: `buildLedger(options)` builds one, `readLedger(database)` says what a kept one holds.
 */
import { execFileSync } from 'node:child_process';
import { formatShanghaiDateTime, quarterOf, shanghaiDateCode } from '@lingjuli/shared';
import {
  OutboxDispatcher,
  Random,
  TimerDrain,
  rebuildAppealInvolvements,
  rebuildDispatchOrderKeys,
  rebuildEvaluationRollups,
  rebuildLiaisonCounts,
  rebuildMeasureCounters,
  seedSampleData,
} from '@lingjuli/server';
import type { Connection } from 'mysql2/promise';
import { numberOption, option } from '../cli';
import { benchDatabaseUrl, freshContext } from './bench-database';
import {
  NULL,
  TableLoad,
  bool,
  bulkConnection,
  loadRows,
  num,
  parseTime,
  restoreKeys,
  setKeysAside,
  text,
  time,
  tuneForLoad,
  type SetAside,
} from './ledger-load';
import { loadTemplates, type Bundle, type Row, type Templates } from './ledger-templates';

/** The keys the ledger's phones are sealed with and its sessions signed with: the benchmark server must use the same. */
export const LEDGER_PHONE_KEY = '5a'.repeat(32);
export const LEDGER_AUTH_SECRET = 'ledger-bench-secret-ledger-bench-secret';
/** The benchmark resident's WeChat openid: 8 appeals in community C01, one of them open. */
export const BENCH_RESIDENT_OPENID = 'bench:resident';
export const BENCH_RESIDENT_APPEALS = 8;

// A kept ledger made before a derived table gets it from the migration that adds the table (its backfill),
// so such a table needs no new version; the generator rebuilds them after its own load. Version 2: the
// deadlines' ledger copied from the models (a migration's backfill knows only each appeal's last cycle).
const LEDGER_VERSION = 2;
const TEMPLATE_APPEALS = 1500;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEARS = 5;
const CHUNK = 20_000;

export interface LedgerOptions {
  /** How many appeals to add to the sample street. */
  appeals: number;
  /** The database name (on BENCH_MARIADB_URL); dropped and made anew. */
  database: string;
  /** The end of the history (default: the start of the current hour). */
  now?: Date;
  seed?: number;
  /** The share of the added appeals still open at `now` (default 0.02). */
  openShare?: number;
  log?: (line: string) => void;
}

export interface LedgerInfo {
  version: number;
  database: string;
  appeals: number;
  now: string;
  seed: number;
  openShare: number;
  builtAt: string;
  buildSeconds: number;
  rows: Record<string, number>;
  rowsPerSecond: number;
  diskBytes: number;
}

// ---- the tables the generator writes ----

const COLUMNS = {
  users: [
    'id',
    'role',
    'displayName',
    'title',
    'username',
    'passwordHash',
    'wechatOpenId',
    'phoneEncrypted',
    'communityId',
    'gridId',
    'departmentId',
    'active',
    'createdAt',
    'failedLogins',
  ],
  appeals: [
    'id',
    'communityId',
    'buildingId',
    'channel',
    'category',
    'tier',
    'level',
    'status',
    'content',
    'locationText',
    'latitude',
    'longitude',
    'proactive',
    'reporterId',
    'filedById',
    'firstResponderId',
    'handlerId',
    'assignedLiaisonId',
    'contactName',
    'contactPhoneEncrypted',
    'proposedTier',
    'proposedCategory',
    'triageRuleId',
    'triageKeyword',
    'triageReason',
    'triageConfirmedById',
    'triageConfirmedAt',
    'tierPolicyVersion',
    'receivedAt',
    'cycleStartedAt',
    'dueAt',
    'warnAt',
    'respondedAt',
    'progressDueAt',
    'resolvedAt',
    'fedBackAt',
    'closedAt',
    'handedTo',
    'reopenCount',
    'awaitingSecretaryReview',
    'idempotencyKey',
    'requestHash',
    'updatedAt',
    'breachedAt',
    'supervised',
    'supporters',
  ],
  appeal_events: ['id', 'appealId', 'type', 'actorId', 'actorRole', 'at', 'fromStatus', 'toStatus', 'note', 'visibility', 'data'],
  appeal_feedbacks: ['id', 'appealId', 'method', 'byId', 'content', 'residentOpinion', 'final', 'at', 'tier', 'category', 'communityPartyId'],
  appeal_feedback_departments: ['feedbackId', 'departmentId'],
  appeal_ratings: ['id', 'appealId', 'round', 'raterId', 'solved', 'satisfaction', 'comment', 'at', 'source', 'recordedById', 'tier', 'category'],
  appeal_deadlines: ['id', 'appealId', 'kind', 'tier', 'category', 'startedAt', 'dueAt', 'met', 'settledAt', 'respondedAt'],
  appeal_supporters: ['id', 'appealId', 'userId', 'createdAt'],
  dispatch_orders: [
    'id',
    'appealId',
    'status',
    'reason',
    'requestedById',
    'requestedAt',
    'consultedWithId',
    'consultationNote',
    'dispatchedById',
    'dispatchedAt',
    'appealDueAt',
    'appealResponded',
  ],
  dispatch_assignments: ['id', 'orderId', 'appealId', 'departmentId', 'role', 'dispatchedAt', 'appealEndedAt', 'completedAt', 'completedById', 'note'],
  supervision_flags: ['id', 'appealId', 'reason', 'deadline', 'level', 'createdAt'],
  appeal_timers: ['id', 'kind', 'fireAt', 'deadline', 'firedAt', 'version', 'attempts', 'lastError', 'ownerType', 'ownerId'],
  notification_outbox: ['id', 'dedupeKey', 'recipientId', 'kind', 'title', 'body', 'appealId', 'createdAt', 'deliveredAt', 'attempts'],
  inbox_messages: ['id', 'outboxId', 'recipientId', 'kind', 'title', 'body', 'appealId', 'createdAt', 'readAt'],
  whistles: [
    'id',
    'communityId',
    'appealId',
    'subject',
    'description',
    'tier',
    'status',
    'createdById',
    'createdAt',
    'reportInDueAt',
    'closedAt',
    'closedById',
  ],
  whistle_targets: [
    'id',
    'whistleId',
    'departmentId',
    'status',
    'whistleStatus',
    'whistleCreatedAt',
    'reportedInAt',
    'reportedInById',
    'reportInMissedAt',
    'completedAt',
    'completedById',
    'completionNote',
    'rating',
    'ratingComment',
  ],
  whistle_events: ['id', 'whistleId', 'type', 'actorId', 'actorRole', 'departmentId', 'note', 'at'],
  task_forces: ['id', 'appealId', 'name', 'leadDepartmentId', 'formedById', 'formedAt'],
  task_force_members: ['id', 'taskForceId', 'kind', 'departmentId', 'communityId', 'name', 'lead'],
  task_force_notes: ['id', 'taskForceId', 'authorId', 'content', 'visibility', 'at'],
  evaluation_periods: ['id', 'name', 'startsAt', 'endsAt'],
  department_scores: ['id', 'periodId', 'communityId', 'departmentId', 'score', 'comment', 'byId', 'at'],
} as const;
type Table = keyof typeof COLUMNS;
const TABLES = Object.keys(COLUMNS) as Table[];
/**
 * Tables the services keep in their transactions from the ones loaded (copies, rollups), which LOAD
 * DATA goes past: rebuilt from them after the load. (A kept ledger built before one existed gets it
 * from its migration's backfill.)
 */
const DERIVED: readonly { tables: string[]; rebuild: (connection: Connection) => Promise<unknown> }[] = [
  { tables: ['appeal_involvements'], rebuild: rebuildAppealInvolvements },
  // The orders' copies of their appeal's deadline (the pending orders' overdue-first order).
  { tables: ['dispatch_orders'], rebuild: rebuildDispatchOrderKeys },
  { tables: ['collaboration_days', 'rating_days', 'outcome_days'], rebuild: (connection) => rebuildEvaluationRollups(connection, 'mysql') },
  { tables: ['liaison_counts'], rebuild: (connection) => rebuildLiaisonCounts(connection, 'mysql') },
  { tables: ['measure_counts', 'duration_counts', 'open_appeal_counts'], rebuild: (connection) => rebuildMeasureCounters(connection, 'mysql') },
];
/** Tables whose id the generator counts on (the others have a composite key). */
const WITH_ID = TABLES.filter((t) => t !== 'appeal_feedback_departments');

// ---- what whistles say (the method's own kinds of call on departments) ----

const WHISTLE_CALLS: readonly { subject: string; description: string; departments: readonly string[] }[] = [
  { subject: '请城管办协助处置', description: '该诉求涉及公共区域管理，社区已到场查看，需城市管理办公室协助处置。', departments: ['城市管理办公室'] },
  { subject: '大风刮倒大树，需切割移除', description: '大风后树木倒伏，影响通行，需园林部门到场切割清运。', departments: ['区园林绿化局', '园林绿化队'] },
  { subject: '管道漏水需抢修', description: '楼内供水管道漏水，多户受影响，请自来水公司到场抢修。', departments: ['自来水公司'] },
  { subject: '楼道线路老化，频繁跳闸', description: '单元楼道线路老化，居民家中频繁跳闸，请供电公司排查。', departments: ['供电公司', '物业服务公司'] },
  { subject: '违建劝导无效，请依法处置', description: '住户私搭乱建，社区多次劝导无效，请执法队依法处置。', departments: ['综合行政执法队', '城市管理办公室'] },
  {
    subject: '邻里纠纷需调解',
    description: '邻里因噪音和占道多次发生争执，社区调解未果，请调解机构和派出所协助。',
    departments: ['第三方调解机构', '万寿路派出所'],
  },
  { subject: '暖气不热，请热力公司排查', description: '多户反映暖气温度不达标，请热力公司入户测温排查。', departments: ['热力公司'] },
  {
    subject: '消防通道被占，存在安全隐患',
    description: '小区消防通道长期被车辆占用，请安生办和物业共同清理。',
    departments: ['平安建设办公室（安生办）', '物业服务公司'],
  },
  { subject: '燃气异味，请燃气公司检查', description: '楼道内有燃气异味，社区已疏散相关住户，请燃气公司到场检查。', departments: ['燃气公司'] },
  {
    subject: '老楼加装电梯需街道协调',
    description: '业主同意率已过三分之二，涉及规划审批和管线迁改，请相关科室到场协调。',
    departments: ['区民政局', '社区建设办公室（社区建设科）'],
  },
];
const REPORT_IN_NOTES = ['已安排人员到场', '收到，马上出发', '已了解情况，正在协调', null];
const PROGRESS_NOTES = ['正在现场处置', '已完成初步排查，正在制定方案', '材料已到位，正在施工'];
const COMPLETE_NOTES = ['本单位事项已处置完毕', '已处理完成，现场已恢复', '已按要求完成整改'];
const REPORT_IN_MS: Record<string, number> = { emergency: 30 * MINUTE, utility: 2 * HOUR, ordinary: 24 * HOUR, complex: 72 * HOUR };
const WHISTLE_RATINGS = [
  ['satisfied', 6],
  ['basicallySatisfied', 3],
  ['unsatisfied', 1],
] as const;
const RATING_LABEL: Record<string, string> = { satisfied: '满意', basicallySatisfied: '基本满意', unsatisfied: '不满意' };
const TASK_FORCE_NOTES = [
  ['已完成现场勘查，形成处置方案。', 'internal'],
  ['专班召开协调会，相关单位明确分工和时限。', 'public'],
  ['已协调资金和施工队伍，近期进场。', 'internal'],
  ['处置进展已向居民代表通报。', 'public'],
] as const;

interface People {
  /** Per community index: secretary, staff 1, staff 2, liaison 1, liaison 2. */
  slots: number[][];
  gridSecretary: number[];
  byUsername: Map<string, number>;
  departmentStaff: Map<number, number>;
  commandCenter: number[];
}

interface Place {
  id: number;
  code: string;
  name: string;
  buildings: number[];
}

const ISO = /"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)"/g;
const USER_KEYS = /"(handlerId|liaisonId|consultedWithId)":(\d+)/g;
const ORDER_KEYS = /"(dispatchOrderId|cancelledDispatchOrderId)":(\d+)/g;

/** Builds the ledger; see the file's comment. Returns what it holds. */
export async function buildLedger(options: LedgerOptions): Promise<LedgerInfo> {
  const log = options.log ?? ((line: string) => console.log(line));
  const started = Date.now();
  const now = (options.now ?? new Date(Math.floor(Date.now() / HOUR) * HOUR)).getTime();
  const seed = options.seed ?? 7;
  const openShare = options.openShare ?? 0.02;
  const rng = new Random(seed);
  log(`ledger ${options.database}: ${options.appeals.toLocaleString('en')} appeals over ${YEARS} years to ${new Date(now).toISOString()}, seed ${seed}`);

  const templates = await loadTemplates({ appeals: TEMPLATE_APPEALS, phoneKey: LEDGER_PHONE_KEY, log });
  const finals = templates.bundles.filter((b) => b.final);
  const opens = templates.bundles.filter((b) => !b.final);
  log(`models: ${finals.length} ended, ${opens.length} open at their end`);

  // The sample street, as `npm run seed` makes it, with the timer pass and notice delivery a running server makes.
  let phase = Date.now();
  const { url, context } = await freshContext(options.database, { PHONE_ENCRYPTION_KEY: LEDGER_PHONE_KEY });
  try {
    context.clock.set(new Date(now));
    await seedSampleData(context.app, context.clock, { now: new Date(now) });
    context.clock.set(new Date(now));
    await context.app.get(TimerDrain).drain();
    await context.app.get(OutboxDispatcher).deliverPending();
  } finally {
    await context.close();
  }
  log(`sample street seeded in ${((Date.now() - phase) / 1000).toFixed(0)} s`);

  const connection = await bulkConnection(url);
  const loader = await bulkConnection(url);
  const restoreSettings = await tuneForLoad(connection, log);
  const asides: SetAside[] = [];
  try {
    const org = await readOrganisation(connection);
    const next = await nextIds(connection);
    for (const table of TABLES) asides.push(await setKeysAside(connection, table));
    log(`keys of ${asides.length} tables set aside for the load`);

    const loads = Object.fromEntries(TABLES.map((t) => [t, new TableLoad(t, COLUMNS[t])])) as Record<Table, TableLoad>;
    const generator = new LedgerGenerator({ rng, now, templates, org, next, loads });
    generator.addResidents(options.appeals);

    let inflight: Promise<void> = Promise.resolve();
    let loadedRows = 0;
    const flush = async () => {
      const batches = TABLES.map((t) => loads[t].take()).filter((b) => b !== null);
      await inflight;
      inflight = (async () => {
        for (const batch of batches) {
          await loadRows(loader, batch);
          loadedRows += batch.count;
        }
      })();
      inflight.catch(() => undefined);
    };

    phase = Date.now();
    const total = options.appeals;
    let done = 0;
    const every = Math.max(CHUNK, Math.round(total / 20 / CHUNK) * CHUNK);
    const report = () => {
      const s = (Date.now() - phase) / 1000;
      const rows = TABLES.reduce((sum, t) => sum + loads[t].rows, 0);
      log(
        `  ${done.toLocaleString('en')} / ${total.toLocaleString('en')} appeals, ${rows.toLocaleString('en')} rows in ${s.toFixed(0)} s ` +
          `(${Math.round(rows / s).toLocaleString('en')} rows/s; loaded ${loadedRows.toLocaleString('en')})` +
          (done < total ? `, ~${Math.round((s / Math.max(done, 1)) * (total - done))} s to go` : ''),
      );
    };
    for (const step of generator.appeals(total, openShare)) {
      done = step;
      if (done % 2_000 === 0) await new Promise((resolve) => setImmediate(resolve));
      if (done % CHUNK === 0) {
        await flush();
        if (done % every === 0) report();
      }
    }
    generator.evaluation(org.periods);
    await flush();
    await inflight;
    report();
    const rows = Object.fromEntries(TABLES.map((t) => [t, loads[t].rows]));
    const loadSeconds = (Date.now() - phase) / 1000;

    phase = Date.now();
    for (const aside of asides.splice(0)) {
      const t = Date.now();
      await restoreKeys(connection, aside);
      log(`  keys of ${aside.table} rebuilt in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }
    await connection.query(`ANALYZE TABLE ${TABLES.map((t) => `\`${t}\``).join(', ')}`);
    const indexSeconds = (Date.now() - phase) / 1000;
    log(`keys rebuilt and checked against the migrated tables, statistics analysed, in ${indexSeconds.toFixed(0)} s`);

    // What the services keep beside the rows loaded here, made from them as the server would have.
    phase = Date.now();
    for (const { tables, rebuild } of DERIVED) {
      const t = Date.now();
      await rebuild(connection);
      await connection.query(`ANALYZE TABLE ${tables.map((t) => `\`${t}\``).join(', ')}`);
      log(`  ${tables.join(', ')} made in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }
    log(`derived tables (${DERIVED.flatMap((d) => d.tables).join(', ')}) made in ${((Date.now() - phase) / 1000).toFixed(0)} s`);

    const generated = Object.values(rows).reduce((a, b) => a + b, 0);
    const info: LedgerInfo = {
      version: LEDGER_VERSION,
      database: options.database,
      appeals: options.appeals,
      now: new Date(now).toISOString(),
      seed,
      openShare,
      builtAt: new Date().toISOString(),
      buildSeconds: Math.round((Date.now() - started) / 1000),
      rows,
      rowsPerSecond: Math.round(generated / (loadSeconds + indexSeconds)),
      diskBytes: await diskBytes(connection, options.database),
    };
    await connection.query('CREATE TABLE bench_ledger (name varchar(50) PRIMARY KEY, value text NOT NULL)');
    await connection.query('INSERT INTO bench_ledger VALUES (?, ?)', ['ledger', JSON.stringify(info)]);
    log(
      `ledger ${options.database} built in ${info.buildSeconds} s: ${generated.toLocaleString('en')} rows generated ` +
        `(${info.rowsPerSecond.toLocaleString('en')} rows/s with the key rebuild), ${(info.diskBytes / 1024 ** 3).toFixed(1)} GiB on disk`,
    );
    log(
      `  ${TABLES.filter((t) => rows[t])
        .map((t) => `${t} ${rows[t].toLocaleString('en')}`)
        .join(', ')}`,
    );
    return info;
  } finally {
    // A failed load leaves the database without its keys: it is not reusable (it has no bench_ledger row).
    await restoreSettings();
    await connection.end();
    await loader.end();
  }
}

/** What a kept ledger holds, or null when the database is missing or was not finished. */
export async function readLedger(database: string): Promise<LedgerInfo | null> {
  let connection: Connection | null = null;
  try {
    connection = await bulkConnection(benchDatabaseUrl(database));
    const [rows] = await connection.query("SELECT value FROM bench_ledger WHERE name = 'ledger'");
    const value = (rows as { value: string }[])[0]?.value;
    const info = value ? (JSON.parse(value) as LedgerInfo) : null;
    return info && info.version === LEDGER_VERSION ? info : null;
  } catch {
    return null;
  } finally {
    await connection?.end();
  }
}

/** The database's size on disk: its directory under the data directory, else InnoDB's own count. */
async function diskBytes(connection: Connection, database: string): Promise<number> {
  const [rows] = await connection.query('SELECT @@datadir AS dir');
  const dir = (rows as { dir: string }[])[0].dir;
  try {
    return Number(execFileSync('du', ['-sb', `${dir}${database}`], { encoding: 'utf8' }).split('\t')[0]);
  } catch {
    const [sizes] = await connection.query('SELECT SUM(data_length + index_length) AS n FROM information_schema.tables WHERE table_schema = ?', [database]);
    return Number((sizes as { n: string }[])[0].n);
  }
}

async function readOrganisation(
  connection: Connection,
): Promise<{ people: People; places: Place[]; departments: Map<string, number>; departmentNames: Map<number, string>; periods: string[] }> {
  const [users] = (await connection.query('SELECT id, role, username, communityId, gridId, departmentId FROM users ORDER BY id')) as unknown as [
    { id: number; role: string; username: string | null; communityId: number | null; gridId: number | null; departmentId: number | null }[],
  ];
  const [communities] = (await connection.query('SELECT id, code, name, gridId FROM communities ORDER BY code')) as unknown as [
    { id: number; code: string; name: string; gridId: number }[],
  ];
  const [buildings] = (await connection.query('SELECT id, communityId FROM buildings ORDER BY code')) as unknown as [{ id: number; communityId: number }[]];
  const [departments] = (await connection.query('SELECT id, name FROM departments ORDER BY id')) as unknown as [{ id: number; name: string }[]];
  const byUsername = new Map<string, number>();
  for (const u of users) if (u.username) byUsername.set(u.username, u.id);
  const need = (username: string) => {
    const id = byUsername.get(username);
    if (id === undefined) throw new Error(`the sample street has no ${username}`);
    return id;
  };
  const places = communities.map((c) => ({
    id: c.id,
    code: c.code,
    name: c.name,
    buildings: buildings.filter((b) => b.communityId === c.id).map((b) => b.id),
  }));
  const lower = (c: { code: string }) => c.code.toLowerCase();
  const gridSecretaryOf = new Map(users.filter((u) => u.role === 'gridSecretary').map((u) => [u.gridId!, u.id]));
  const people: People = {
    slots: communities.map((c) =>
      [`secretary-${lower(c)}`, `staff-${lower(c)}-1`, `staff-${lower(c)}-2`, `liaison-${lower(c)}-1`, `liaison-${lower(c)}-2`].map(need),
    ),
    gridSecretary: communities.map((c) => gridSecretaryOf.get(c.gridId)!),
    byUsername,
    departmentStaff: new Map(users.filter((u) => u.role === 'departmentStaff').map((u) => [u.departmentId!, u.id])),
    commandCenter: users.filter((u) => u.role === 'commandCenter').map((u) => u.id),
  };
  const [periods] = (await connection.query('SELECT name FROM evaluation_periods')) as unknown as [{ name: string }[]];
  return {
    people,
    places,
    periods: periods.map((p) => p.name),
    departments: new Map(departments.map((d) => [d.name, d.id])),
    departmentNames: new Map(departments.map((d) => [d.id, d.name])),
  };
}

async function nextIds(connection: Connection): Promise<Record<Table, number>> {
  const next = {} as Record<Table, number>;
  for (const table of WITH_ID) {
    const [rows] = await connection.query(`SELECT COALESCE(MAX(id), 0) + 1 AS n FROM \`${table}\``);
    next[table] = Number((rows as { n: number }[])[0].n);
  }
  return next;
}

// ---- the generator ----

/** Who a model's user becomes in a copy: a fixed account (≥ 0), a community slot, the grid secretary, or the resident. */
const SLOT = (s: number) => -1 - s; // -1 … -5
const GRID = -10;
const RESIDENT = -20;

interface Copy {
  appealId: number;
  place: number;
  delta: number;
  reporter: number | null;
  people: number[];
}

interface GeneratorInput {
  rng: Random;
  now: number;
  templates: Templates;
  org: Awaited<ReturnType<typeof readOrganisation>>;
  next: Record<Table, number>;
  loads: Record<Table, TableLoad>;
}

class LedgerGenerator {
  private readonly rng: Random;
  private readonly now: number;
  private readonly t: Templates;
  private readonly org: GeneratorInput['org'];
  private readonly next: Record<Table, number>;
  private readonly loads: Record<Table, TableLoad>;
  /** Model user id → who they become. */
  private readonly userCode = new Map<number, number>();
  /** Model building id → its position among its community's buildings. */
  private readonly buildingIndex = new Map<number, number>();
  private readonly departmentOf = new Map<number, number>();
  private readonly communityWeights: number[];
  private residents: number[][] = [];
  private benchResident = 0;
  private benchAppeals = 0;
  /** Quarter name → community index → departments it worked with (whistled, or dispatched on its appeals). */
  private readonly worked = new Map<string, Map<number, Set<number>>>();
  private readonly quarters = new Map<string, { startsAt: number; endsAt: number }>();

  constructor(input: GeneratorInput) {
    this.rng = input.rng;
    this.now = input.now;
    this.t = input.templates;
    this.org = input.org;
    this.next = input.next;
    this.loads = input.loads;
    for (const [id, u] of this.t.users) this.userCode.set(id, this.codeOf(u));
    const byCommunity = new Map<number, { id: number; code: string }[]>();
    for (const [id, b] of this.t.buildings) byCommunity.set(b.communityId, [...(byCommunity.get(b.communityId) ?? []), { id, code: b.code }]);
    for (const list of byCommunity.values()) list.sort((a, b) => a.code.localeCompare(b.code)).forEach((b, i) => this.buildingIndex.set(b.id, i));
    for (const [id, name] of this.t.departments) this.departmentOf.set(id, this.org.departments.get(name)!);
    // Busier and quieter communities, as the sample has them.
    this.communityWeights = this.org.places.map(() => 0.5 + this.rng.next());
  }

  private codeOf(u: { role: string; username: string | null; gridId: number | null }): number {
    const slot = /^(secretary|staff|liaison)-c\d\d(?:-(\d))?$/.exec(u.username ?? '');
    if (slot) return SLOT(slot[1] === 'secretary' ? 0 : slot[1] === 'staff' ? Number(slot[2]) : 2 + Number(slot[2]));
    if (u.role === 'gridSecretary') return GRID;
    if (u.role === 'resident') return RESIDENT;
    const id = u.username ? this.org.people.byUsername.get(u.username) : undefined;
    if (id === undefined) throw new Error(`no account for the model's ${u.role} ${u.username}`);
    return id;
  }

  private user(copy: Copy, modelId: string | null): string {
    if (modelId === null) return NULL;
    const code = this.userCode.get(Number(modelId));
    if (code === undefined) throw new Error(`unknown model user ${modelId}`);
    if (code >= 0) return String(code);
    if (code === GRID) return String(this.org.people.gridSecretary[copy.place]);
    if (code === RESIDENT) return copy.reporter === null ? NULL : String(copy.reporter);
    return String(this.org.people.slots[copy.place][-1 - code]);
  }

  private userId(copy: Copy, modelId: string | null): number | null {
    const v = this.user(copy, modelId);
    return v === NULL ? null : Number(v);
  }

  private readonly parsed = new Map<string, number>();
  private readonly dataKinds = new WeakMap<Row, number>();

  /** A model's instant (parsed once: models are copied many times). */
  private at(value: string): number {
    let ms = this.parsed.get(value);
    if (ms === undefined) this.parsed.set(value, (ms = parseTime(value)!));
    return ms;
  }

  private shift(copy: Copy, value: string | null): string {
    return value === null ? NULL : time(this.at(value) + copy.delta);
  }

  private pickPlace(): number {
    let roll = this.rng.next() * this.communityWeights.reduce((a, b) => a + b, 0);
    for (let i = 0; i < this.communityWeights.length; i++) {
      roll -= this.communityWeights[i];
      if (roll < 0) return i;
    }
    return this.communityWeights.length - 1;
  }

  /** Residents: about one for every 8 online appeals, spread over the communities; the benchmark resident first. */
  addResidents(appeals: number): void {
    const places = this.org.places.length;
    const count = Math.max(places * 40, Math.round((appeals * 0.62) / BENCH_RESIDENT_APPEALS));
    const createdAt = time(this.now - YEARS * 365.25 * DAY - 30 * DAY);
    this.residents = this.org.places.map(() => []);
    const add = (openId: string, name: string, place: number) => {
      const id = this.next.users++;
      this.loads.users.add([
        String(id),
        'resident',
        text(name),
        '',
        NULL,
        NULL,
        text(openId),
        NULL,
        String(this.org.places[place].id),
        NULL,
        NULL,
        '1',
        createdAt,
        '0',
      ]);
      return id;
    };
    this.benchResident = add(BENCH_RESIDENT_OPENID, '基准居民', 0);
    for (let i = 0; i < count; i++) this.residents[i % places].push(add(`ledger:${i + 1}`, `住户${String(i + 1).padStart(7, '0')}`, i % places));
  }

  /**
   * The appeals, in order of receipt: ended ones anywhere in the five years (more in later years),
   * open ones as recent as their models were at their end. Yields the count done.
   */
  *appeals(total: number, openShare: number): Generator<number> {
    const openCount = Math.round(total * openShare);
    const endedCount = total - openCount;
    const openDelta = this.now - this.t.now;
    const start = this.now - YEARS * 365.25 * DAY;
    const span = this.now - start;
    // Open copies: models at their end, moved to now.
    const opens = this.t.bundles.filter((b) => !b.final);
    const open = Array.from({ length: openCount }, () => {
      const bundle = this.rng.pick(opens);
      return { bundle, receivedAt: bundle.receivedAt + openDelta };
    }).sort((a, b) => a.receivedAt - b.receivedAt);
    const finals = this.t.bundles.filter((b) => b.final);
    const benchEvery = Math.floor(endedCount / (BENCH_RESIDENT_APPEALS - 1));
    // Twice as many appeals a day at the end of the five years as at the start.
    const growth = 1;
    const at = (x: number) => start + span * ((-1 + Math.sqrt(1 + 2 * growth * (1 + growth / 2) * x)) / growth);
    let o = 0;
    let done = 0;
    for (let i = 0; i < endedCount; i++) {
      const target = at((i + this.rng.next()) / endedCount);
      while (o < open.length && open[o].receivedAt <= target) {
        const { bundle } = open[o++];
        this.copy(bundle, openDelta, this.benchAppeals === BENCH_RESIDENT_APPEALS - 1);
        yield ++done;
      }
      const bundle = this.rng.pick(finals);
      let delta = Math.round((target - bundle.receivedAt) / DAY) * DAY;
      const overrun = bundle.end + delta - (this.now - HOUR);
      if (overrun > 0) delta -= Math.ceil(overrun / DAY) * DAY;
      this.copy(bundle, delta, this.benchAppeals < BENCH_RESIDENT_APPEALS - 1 && i >= this.benchAppeals * benchEvery);
      yield ++done;
    }
    while (o < open.length) {
      this.copy(open[o++].bundle, openDelta, this.benchAppeals === BENCH_RESIDENT_APPEALS - 1);
      yield ++done;
    }
  }

  /** One copy of a model: `delta` later, in a community by weight (C01 for the benchmark resident's). */
  private copy(bundle: Bundle, delta: number, wantBench: boolean): void {
    const a = bundle.appeal;
    const online = a.reporterId !== null;
    const forBench = wantBench && online;
    const place = forBench ? 0 : this.pickPlace();
    const pool = this.residents[place];
    const reporter = !online ? null : forBench ? this.benchResident : pool[Math.floor(this.rng.next() * pool.length)];
    if (forBench) this.benchAppeals++;
    const copy: Copy = { appealId: this.next.appeals++, place, delta, reporter, people: [] };
    const lines: { at: number; values: string[] }[] = [];
    const line = (
      at: number,
      type: string,
      actorId: string,
      actorRole: string,
      from: string | null,
      to: string | null,
      note: string | null,
      visibility: string,
      data: string | null,
    ) => lines.push({ at, values: [type, actorId, actorRole, time(at), text(from), text(to), text(note), visibility, text(data)] });

    // The timeline as the product wrote it: ids and instants in its data follow the copy.
    const orderId = bundle.order ? this.next.dispatch_orders++ : null;
    for (const e of bundle.events) {
      let data = e.data;
      if (data !== null) {
        let kinds = this.dataKinds.get(e);
        if (kinds === undefined) {
          kinds =
            (new RegExp(ISO.source).test(data) ? 1 : 0) |
            (new RegExp(USER_KEYS.source).test(data) ? 2 : 0) |
            (new RegExp(ORDER_KEYS.source).test(data) ? 4 : 0);
          this.dataKinds.set(e, kinds);
        }
        if (kinds & 1) data = data.replace(ISO, (_, iso: string) => `"${new Date(Date.parse(iso) + delta).toISOString()}"`);
        if (kinds & 2) data = data.replace(USER_KEYS, (_, key: string, id: string) => `"${key}":${this.user(copy, id)}`);
        if (kinds & 4) data = data.replace(ORDER_KEYS, (_, key: string) => `"${key}":${orderId ?? 0}`);
      }
      line(this.at(e.at!) + delta, e.type!, this.user(copy, e.actorId), e.actorRole!, e.fromStatus, e.toStatus, e.note, e.visibility!, data);
    }

    let level = a.level!;
    let supporters = 0;
    const receivedAt = bundle.receivedAt + delta;
    const workEnds = (bundle.workEndsAt ?? this.t.now) + delta;
    const statusAt = (at: number) => {
      let status = 'received';
      for (const e of bundle.events) if (this.at(e.at!) + delta <= at && e.toStatus) status = e.toStatus;
      return status;
    };

    // "Me too": residents of the community join while it is being handled.
    if (this.rng.chance(0.03) && pool.length > 4) {
      const joined = new Set<number>();
      const count = this.rng.int(1, 3);
      const until = Math.min(workEnds, this.now - MINUTE);
      for (let k = 0; k < count && until > receivedAt + MINUTE; k++) {
        const who = pool[Math.floor(this.rng.next() * pool.length)];
        if (who === reporter || joined.has(who)) continue;
        joined.add(who);
      }
      const times = [...joined].map(() => this.rng.between(receivedAt + MINUTE, until)).sort((x, y) => x - y);
      [...joined].forEach((who, k) => {
        const at = times[k];
        this.loads.appeal_supporters.add([String(this.next.appeal_supporters++), String(copy.appealId), String(who), time(at)]);
        const status = statusAt(at);
        line(at, 'support', NULL, 'resident', status, status, '又有一位居民反映了同样的问题', 'public', `{"supporters":${k + 1}}`);
      });
      supporters = joined.size;
    }

    // A whistle about it, while it is being handled at the community.
    if (bundle.acceptedAt !== null && this.rng.chance(0.02)) {
      const from = bundle.acceptedAt + delta + 10 * MINUTE;
      const to = Math.min(workEnds - HOUR, from + DAY, this.now - 2 * HOUR);
      if (to > from) {
        const createdAt = this.rng.between(from, to);
        const status = statusAt(createdAt);
        const creator = Number(this.user(copy, a.handlerId ?? a.firstResponderId));
        this.whistle({
          place,
          appealId: copy.appealId,
          tier: a.tier!,
          createdAt,
          creator,
          until: bundle.final ? workEnds : this.now - MINUTE,
          endsAt: bundle.final ? bundle.end + delta : undefined,
          line: (at, note, data) => line(at, 'whistle', String(creator), this.roleOf(place, creator), status, status, note, 'public', data),
        });
      }
    } else if (this.rng.chance(0.004)) {
      // A community matter, not about an appeal.
      const createdAt = receivedAt + this.rng.between(HOUR, DAY);
      if (createdAt < this.now - 4 * DAY)
        this.whistle({
          place,
          appealId: null,
          tier: this.rng.pick(['utility', 'ordinary', 'ordinary', 'complex']),
          createdAt,
          creator: this.org.people.slots[place][this.rng.int(0, 2)],
          until: createdAt + 3 * DAY,
        });
    }

    // A task force on some appeals dispatched to departments.
    const order = bundle.order;
    if (order?.dispatchedAt && bundle.assignments.length > 0 && this.rng.chance(0.004)) {
      const formedAt = this.at(order.dispatchedAt) + delta + this.rng.between(2 * HOUR, DAY);
      if (formedAt < Math.min(workEnds, this.now) - 2 * HOUR) {
        level = 'taskForce';
        this.taskForce(copy, bundle, formedAt, Math.min(workEnds, this.now) - MINUTE, (at, type, actor, role, note, visibility, data) => {
          const status = statusAt(at);
          line(at, type, String(actor), role, status, status, note, visibility, data);
        });
      }
    }

    // The appeal row.
    const row: string[] = [];
    for (const column of COLUMNS.appeals) {
      switch (column) {
        case 'id':
          row.push(String(copy.appealId));
          break;
        case 'communityId':
          row.push(String(this.org.places[place].id));
          break;
        case 'buildingId': {
          const b = a.buildingId === null ? null : this.org.places[place].buildings;
          row.push(b && b.length ? String(b[this.buildingIndex.get(Number(a.buildingId))! % b.length]) : NULL);
          break;
        }
        case 'reporterId':
        case 'filedById':
        case 'firstResponderId':
        case 'handlerId':
        case 'assignedLiaisonId':
        case 'triageConfirmedById':
          row.push(this.user(copy, a[column]));
          break;
        case 'triageConfirmedAt':
        case 'receivedAt':
        case 'cycleStartedAt':
        case 'dueAt':
        case 'warnAt':
        case 'respondedAt':
        case 'progressDueAt':
        case 'resolvedAt':
        case 'fedBackAt':
        case 'closedAt':
        case 'updatedAt':
        case 'breachedAt':
          row.push(this.shift(copy, a[column]));
          break;
        case 'level':
          row.push(level);
          break;
        case 'idempotencyKey':
          row.push(`ledger-${copy.appealId}`);
          break;
        case 'supporters':
          row.push(String(supporters));
          break;
        default:
          row.push(text(a[column]));
      }
    }
    this.loads.appeals.add(row);

    lines.sort((x, y) => x.at - y.at);
    for (const l of lines) this.loads.appeal_events.add([String(this.next.appeal_events++), String(copy.appealId), ...l.values]);

    for (const f of bundle.feedbacks) {
      const id = this.next.appeal_feedbacks++;
      this.loads.appeal_feedbacks.add([
        String(id),
        String(copy.appealId),
        f.method!,
        this.user(copy, f.byId),
        text(f.content),
        text(f.residentOpinion),
        f.final!,
        this.shift(copy, f.at),
        f.tier!,
        f.category!,
        this.user(copy, f.communityPartyId),
      ]);
      for (const d of bundle.feedbackDepartments.get(Number(f.id)) ?? [])
        this.loads.appeal_feedback_departments.add([String(id), String(this.departmentOf.get(d))]);
    }
    for (const r of bundle.ratings) {
      this.loads.appeal_ratings.add([
        String(this.next.appeal_ratings++),
        String(copy.appealId),
        r.round!,
        this.user(copy, r.raterId),
        r.solved!,
        r.satisfaction!,
        text(r.comment),
        this.shift(copy, r.at),
        r.source!,
        this.user(copy, r.recordedById),
        r.tier!,
        r.category!,
      ]);
    }
    for (const d of bundle.deadlines) {
      this.loads.appeal_deadlines.add([
        String(this.next.appeal_deadlines++),
        String(copy.appealId),
        d.kind!,
        d.tier!,
        d.category!,
        this.shift(copy, d.startedAt),
        this.shift(copy, d.dueAt),
        d.met!,
        this.shift(copy, d.settledAt),
        this.shift(copy, d.respondedAt),
      ]);
    }
    if (order && orderId !== null) {
      this.loads.dispatch_orders.add([
        String(orderId),
        String(copy.appealId),
        order.status!,
        text(order.reason),
        this.user(copy, order.requestedById),
        this.shift(copy, order.requestedAt),
        this.user(copy, order.consultedWithId),
        text(order.consultationNote),
        this.user(copy, order.dispatchedById),
        this.shift(copy, order.dispatchedAt),
        this.shift(copy, a.dueAt),
        a.respondedAt === null ? '0' : '1',
      ]);
      const quarter = order.dispatchedAt ? this.quarter(this.at(order.dispatchedAt) + delta) : null;
      for (const s of bundle.assignments) {
        const department = this.departmentOf.get(Number(s.departmentId))!;
        this.loads.dispatch_assignments.add([
          String(this.next.dispatch_assignments++),
          String(orderId),
          String(copy.appealId),
          String(department),
          s.role!,
          this.shift(copy, order.dispatchedAt),
          this.shift(copy, bundle.appeal.closedAt),
          this.shift(copy, s.completedAt),
          this.user(copy, s.completedById),
          text(s.note),
        ]);
        if (quarter) this.workedWith(quarter, place, department);
      }
    }
    for (const f of bundle.flags)
      this.loads.supervision_flags.add([
        String(this.next.supervision_flags++),
        String(copy.appealId),
        f.reason!,
        this.shift(copy, f.deadline),
        f.level!,
        this.shift(copy, f.createdAt),
      ]);
    for (const m of bundle.timers) {
      this.loads.appeal_timers.add([
        String(this.next.appeal_timers++),
        m.kind!,
        this.shift(copy, m.fireAt),
        this.shift(copy, m.deadline),
        this.shift(copy, m.firedAt),
        m.version!,
        m.attempts!,
        text(m.lastError),
        'appeal',
        String(copy.appealId),
      ]);
    }
    if (bundle.outbox.length) {
      const modelCode = shanghaiDateCode(new Date(bundle.receivedAt)) + '-' + String(bundle.id).padStart(5, '0');
      const code = shanghaiDateCode(new Date(receivedAt)) + '-' + String(copy.appealId).padStart(5, '0');
      for (const n of bundle.outbox) {
        const recipient = this.userId(copy, n.recipientId);
        if (recipient === null) continue;
        const createdAt = this.at(n.createdAt!) + delta;
        const key = /^([^:]+):\d+:(\d{4}-[^:]+:[^:]+:[^:]+Z):\d+$/.exec(n.dedupeKey!);
        const dedupeKey = key ? `${key[1]}:${copy.appealId}:${new Date(Date.parse(key[2]) + delta).toISOString()}:${recipient}` : null;
        this.notice(n.kind!, recipient, n.title!.replace(modelCode, code), n.body!.replace(modelCode, code), copy.appealId, createdAt, dedupeKey);
      }
    }
  }

  private roleOf(place: number, userId: number): string {
    const slot = this.org.people.slots[place].indexOf(userId);
    return slot === 0 ? 'communitySecretary' : slot <= 2 ? 'communityStaff' : 'liaison';
  }

  /** An outbox row, delivered, and its inbox message: read, but for a few (half of the last three days'). */
  private notice(kind: string, recipient: number, title: string, body: string, appealId: number | null, createdAt: number, dedupeKey: string | null): void {
    const outboxId = this.next.notification_outbox++;
    const deliveredAt = createdAt + this.rng.between(200, 5_000);
    this.loads.notification_outbox.add([
      String(outboxId),
      text(dedupeKey ?? `${kind}:ledger-${outboxId}:${recipient}`),
      String(recipient),
      kind,
      text(title),
      text(body),
      num(appealId),
      time(createdAt),
      time(deliveredAt),
      '1',
    ]);
    const age = this.now - deliveredAt;
    const unread = age < 3 * DAY ? this.rng.chance(0.5) : this.rng.chance(0.001);
    const readAt = unread ? null : deliveredAt + this.rng.between(2 * MINUTE, Math.max(3 * MINUTE, Math.min(age, 3 * DAY)));
    this.loads.inbox_messages.add([
      String(this.next.inbox_messages++),
      String(outboxId),
      String(recipient),
      kind,
      text(title),
      text(body),
      num(appealId),
      time(createdAt),
      time(readAt),
    ]);
  }

  /**
   * A whistle (吹哨): one or two departments told, each reporting in (most in time; a few miss the
   * deadline and are flagged), working and completing its part; closed with each part rated once all
   * are done, before `until`. One not finished by then is still open — or, when its appeal ended at
   * `endsAt`, cancelled with it.
   */
  private whistle(w: {
    place: number;
    appealId: number | null;
    tier: string;
    createdAt: number;
    creator: number;
    until: number;
    endsAt?: number;
    line?: (at: number, note: string, data: string) => void;
  }): void {
    const call = this.rng.pick(WHISTLE_CALLS);
    const departments = call.departments.map((name) => this.org.departments.get(name)!);
    const id = this.next.whistles++;
    const window = REPORT_IN_MS[w.tier];
    const dueAt = w.createdAt + window;
    const place = this.org.places[w.place];
    const events: [number, string, number | null, string, number | null, string | null][] = [];
    events.push([w.createdAt, 'whistle', w.creator, this.roleOf(w.place, w.creator), null, `向${call.departments.join('、')}吹哨`]);
    w.line?.(
      w.createdAt,
      `社区向${call.departments.join('、')}吹哨：${call.subject}`,
      JSON.stringify({ whistleId: id, departments: call.departments, reportInDueAt: new Date(dueAt).toISOString() }),
    );
    const quarter = this.quarter(w.createdAt);
    const until = Math.min(w.until, this.now - MINUTE);
    let lastDone = w.createdAt;
    let allDone = true;
    const parts = departments.map((department, k) => {
      this.workedWith(quarter, w.place, department);
      const staff = this.org.people.departmentStaff.get(department)!;
      this.notice(
        'whistled',
        staff,
        `${place.name}吹哨，请按时报到`,
        `${call.subject}：请于 ${formatShanghaiDateTime(new Date(dueAt))} 前报到`,
        w.appealId,
        w.createdAt,
        `whistled:w${id}:whistle:${staff}`,
      );
      const latest = Math.min(dueAt, until) - w.createdAt;
      const missed = dueAt + 1 < until && this.rng.chance(0.08);
      const reportedInAt = missed || latest < MINUTE ? null : w.createdAt + this.rng.between(Math.min(5 * MINUTE, latest / 3), latest * 0.9);
      let completedAt: number | null = null;
      if (missed) {
        events.push([
          dueAt + 1,
          'reportInMissed',
          null,
          'system',
          department,
          `${call.departments[k]}未在 ${formatShanghaiDateTime(new Date(dueAt))} 前报到，已督办`,
        ]);
      } else if (reportedInAt === null) {
        allDone = false;
      } else {
        events.push([reportedInAt, 'reportIn', staff, 'departmentStaff', department, this.rng.pick(REPORT_IN_NOTES)]);
        const span = until - reportedInAt;
        if (span > 10 * MINUTE && this.rng.chance(0.5))
          events.push([reportedInAt + Math.floor(span * 0.3), 'progress', staff, 'departmentStaff', department, this.rng.pick(PROGRESS_NOTES)]);
        if (span > 10 * MINUTE && this.rng.chance(0.9)) {
          completedAt = reportedInAt + Math.floor(span * (0.5 + 0.3 * this.rng.next()));
          events.push([completedAt, 'complete', staff, 'departmentStaff', department, this.rng.pick(COMPLETE_NOTES)]);
          lastDone = Math.max(lastDone, completedAt);
        } else allDone = false;
      }
      return { department, staff, missed, reportedInAt, completedAt, name: call.departments[k] };
    });
    const closedAt = allDone ? Math.min(lastDone + this.rng.between(HOUR, 6 * HOUR), until) : null;
    const closed = closedAt !== null && closedAt > lastDone;
    const cancelled = !closed && w.endsAt !== undefined && w.endsAt < this.now;
    const closer = this.org.people.slots[w.place][0];
    const ratings = closed ? parts.map((p) => (p.completedAt ? this.rng.weighted(WHISTLE_RATINGS) : null)) : parts.map(() => null);
    if (closed)
      events.push([
        closedAt,
        'close',
        closer,
        'communitySecretary',
        null,
        parts
          .map((p, k) => (ratings[k] ? `${p.name}：${RATING_LABEL[ratings[k]]}` : null))
          .filter((x) => x)
          .join('；'),
      ]);
    if (cancelled) events.push([w.endsAt!, 'cancel', null, 'system', null, '诉求已办结，吹哨随之撤销']);
    const status = closed ? 'closed' : cancelled ? 'cancelled' : 'open';
    parts.forEach((p, k) => {
      this.loads.whistle_targets.add([
        String(this.next.whistle_targets++),
        String(id),
        String(p.department),
        p.completedAt ? 'completed' : p.reportedInAt ? 'reportedIn' : 'whistled',
        status,
        time(w.createdAt),
        time(p.reportedInAt),
        p.reportedInAt ? String(p.staff) : NULL,
        p.missed ? time(dueAt + 1) : NULL,
        time(p.completedAt),
        p.completedAt ? String(p.staff) : NULL,
        p.completedAt ? text(COMPLETE_NOTES[k % COMPLETE_NOTES.length]) : NULL,
        ratings[k] ?? NULL,
        NULL,
      ]);
    });
    this.loads.whistles.add([
      String(id),
      String(place.id),
      num(w.appealId),
      text(call.subject),
      text(call.description),
      w.tier,
      status,
      String(w.creator),
      time(w.createdAt),
      time(dueAt),
      closed ? time(closedAt) : cancelled ? time(w.endsAt) : NULL,
      closed ? String(closer) : NULL,
    ]);
    events.sort((x, y) => x[0] - y[0]);
    for (const [at, type, actor, role, department, note] of events) {
      this.loads.whistle_events.add([String(this.next.whistle_events++), String(id), type, num(actor), role, num(department), text(note), time(at)]);
    }
  }

  /** A task force (专班) formed by the command centre on a dispatched appeal: its lead and members, the community, representatives, notes. */
  private taskForce(
    copy: Copy,
    bundle: Bundle,
    formedAt: number,
    until: number,
    line: (at: number, type: string, actor: number, role: string, note: string, visibility: string, data: string) => void,
  ): void {
    const id = this.next.task_forces++;
    const lead = bundle.assignments.find((s) => s.role === 'lead') ?? bundle.assignments[0];
    const leadId = this.departmentOf.get(Number(lead.departmentId))!;
    const members = bundle.assignments.filter((s) => s !== lead).map((s) => this.departmentOf.get(Number(s.departmentId))!);
    const names = (ids: number[]) => ids.map((d) => this.org.departmentNames.get(d)!);
    const name = `${this.org.places[copy.place].name}专项工作专班`;
    const formedBy = this.rng.pick(this.org.people.commandCenter);
    this.loads.task_forces.add([String(id), String(copy.appealId), text(name), String(leadId), String(formedBy), time(formedAt)]);
    const member = (kind: string, departmentId: number | null, communityId: number | null, person: string | null, isLead: boolean) =>
      this.loads.task_force_members.add([
        String(this.next.task_force_members++),
        String(id),
        kind,
        num(departmentId),
        num(communityId),
        text(person),
        bool(isLead),
      ]);
    member('department', leadId, null, null, true);
    for (const m of members) member('department', m, null, null, false);
    member('community', null, this.org.places[copy.place].id, null, false);
    const representatives = ['居民代表 王先生', '楼门长 赵阿姨'];
    for (const r of representatives) member('person', null, null, r, false);
    const memberNames = names(members);
    line(
      formedAt,
      'formTaskForce',
      formedBy,
      'commandCenter',
      `成立“${name}”专班（${names([leadId])[0]}牵头${memberNames.length ? `，${memberNames.join('、')}参加` : ''}，居民代表等${representatives.length}人参与）：统筹相关单位力量集中处置`,
      'public',
      JSON.stringify({ taskForceId: id, name, lead: names([leadId])[0], members: memberNames, fromLevel: 'street', toLevel: 'taskForce' }),
    );
    const authors = [
      this.org.people.departmentStaff.get(leadId)!,
      this.org.people.slots[copy.place][0],
      ...members.map((m) => this.org.people.departmentStaff.get(m)!),
    ];
    const count = this.rng.int(1, 3);
    for (let k = 0; k < count; k++) {
      const at = formedAt + Math.floor(((until - formedAt) * (k + 1)) / (count + 1));
      const [content, visibility] = TASK_FORCE_NOTES[k % TASK_FORCE_NOTES.length];
      const author = authors[k % authors.length];
      const noteId = this.next.task_force_notes++;
      this.loads.task_force_notes.add([String(noteId), String(id), String(author), content, visibility, time(at)]);
      line(
        at,
        'taskForceNote',
        author,
        author === authors[1] ? 'communitySecretary' : 'departmentStaff',
        content,
        visibility,
        JSON.stringify({ taskForceId: id, taskForceNoteId: noteId }),
      );
    }
  }

  private quarter(at: number): string {
    const q = quarterOf(new Date(at));
    if (!this.quarters.has(q.name)) this.quarters.set(q.name, { startsAt: q.startsAt.getTime(), endsAt: q.endsAt.getTime() });
    return q.name;
  }

  private workedWith(quarter: string, place: number, department: number): void {
    let byPlace = this.worked.get(quarter);
    if (!byPlace) this.worked.set(quarter, (byPlace = new Map<number, Set<number>>()));
    let set = byPlace.get(place);
    if (!set) byPlace.set(place, (set = new Set()));
    set.add(department);
  }

  /**
   * Evaluation periods (考评权): one per calendar quarter of the history that the sample has not
   * made already, each secretary's scores of the departments her community worked with in it.
   */
  evaluation(existing: readonly string[]): void {
    const samplePeriods = new Set(existing);
    const names = [...this.quarters.keys()]
      .filter((n) => !samplePeriods.has(n))
      .sort((a, b) => this.quarters.get(a)!.startsAt - this.quarters.get(b)!.startsAt);
    for (const name of names) {
      const q = this.quarters.get(name)!;
      const periodId = this.next.evaluation_periods++;
      this.loads.evaluation_periods.add([String(periodId), text(name), time(q.startsAt), time(q.endsAt)]);
      for (const [place, departments] of this.worked.get(name) ?? []) {
        const by = this.org.people.slots[place][0];
        for (const department of [...departments].sort((a, b) => a - b)) {
          if (!this.rng.chance(0.9)) continue;
          this.loads.department_scores.add([
            String(this.next.department_scores++),
            String(periodId),
            String(this.org.places[place].id),
            String(department),
            String(this.rng.int(60, 100)),
            this.rng.chance(0.3) ? '配合积极，响应及时。' : NULL,
            String(by),
            time(q.endsAt + this.rng.between(DAY, 10 * DAY)),
          ]);
        }
      }
    }
  }
}

// ---- command line ----

async function main(): Promise<void> {
  const appeals = numberOption('appeals', 100_000);
  const database = option('database') ?? `lingjuli_ledger_${appeals >= 1_000_000 ? `${appeals / 1_000_000}m` : `${appeals / 1_000}k`}`;
  const now = option('now') ? new Date(option('now')!) : undefined;
  await buildLedger({ appeals, database, now, seed: numberOption('seed', 7), openShare: numberOption('open-share', 0.02) });
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
