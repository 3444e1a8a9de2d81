import { DURATION_BUCKET_MINUTES, FINAL_STATUSES, MEASURE_COUNTERS, MEASURE_SOURCES, type MeasureCounter, type MeasureSource } from '@lingjuli/shared';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { kindOf, type DatabaseKind } from '../database/data-source-options';
import type { MeasureGrain } from './measure-count.entity';

/*
 * The statements that fill the measures' counters anew from the ledger: the appeals, their deadlines,
 * ratings, feedbacks and dispatch assignments. They count what measure-counters.ts counts as the
 * events happen, each on the same day and under the same tier and category, so a rebuild equals the
 * counters kept (measure-counters.e2e-spec.ts). For the ledger generator, which writes past the
 * services, and for `npm run rebuild-measures -w scripts` after a repair by hand. Each source (`all`,
 * and `city12345` for the 12345 work orders alone) is counted by the same statements, the latter
 * with the appeal's channel as a condition.
 */

interface Source {
  /** The instant that names the day and month. */
  at: string;
  /** The community's or the department's id column. */
  scopeId: string;
  scope: 'community' | 'department';
  tier: string;
  category: string;
  /** The counters this source adds to: SQL expressions. */
  counts: Partial<Record<MeasureCounter, string>>;
  from: string;
  where?: string;
}

interface DurationSource {
  at: string;
  scopeId: string;
  scope: 'community' | 'department';
  tier: string;
  measure: 'firstResponse' | 'resolution';
  /** Milliseconds, as an integer SQL expression. */
  ms: string;
  from: string;
  where: string;
}

/**
 * The statements, for the sources asked for: all of them (the rebuild), or one alone (a migration that
 * adds a source counts just its rows, clearing only those).
 */
export function measureCountersRebuild(dialect: DatabaseKind, only: readonly MeasureSource[] = MEASURE_SOURCES): string[] {
  const q = dialect === 'sqlite' ? (n: string) => `"${n}"` : (n: string) => `\`${n}\``;
  const ms = (from: string, to: string) =>
    dialect === 'sqlite'
      ? `CAST(ROUND((julianday(${to}) - julianday(${from})) * 86400000) AS INTEGER)`
      : `(TIMESTAMPDIFF(MICROSECOND, ${from}, ${to}) DIV 1000)`;
  const yes = (condition: string) => `CASE WHEN ${condition} THEN 1 ELSE 0 END`;
  // The departments an appeal had been dispatched to by an instant.
  const dispatchedBy = (appeal: string, at: string) =>
    `JOIN ${q('dispatch_assignments')} s ON s.${q('appealId')} = ${appeal} AND s.${q('dispatchedAt')} <= ${at}`;
  const closed = `a.${q('status')} = 'closed'`;

  const sources: Source[] = [];
  // A count for the appeal's community, and one for each department it had been dispatched to by `departmentsBy`.
  const both = (source: Omit<Source, 'scope' | 'scopeId'>, departmentsBy: string) => {
    sources.push({ ...source, scope: 'community', scopeId: `a.${q('communityId')}` });
    sources.push({ ...source, scope: 'department', scopeId: `s.${q('departmentId')}`, from: `${source.from} ${dispatchedBy(`a.${q('id')}`, departmentsBy)}` });
  };
  sources.push({
    at: `a.${q('receivedAt')}`,
    scope: 'community',
    scopeId: `a.${q('communityId')}`,
    tier: `a.${q('proposedTier')}`,
    category: `a.${q('proposedCategory')}`,
    counts: { filed: '1', filedProactive: yes(`a.${q('proactive')} = 1`), filedCity12345: yes(`a.${q('channel')} = 'city12345'`) },
    from: `${q('appeals')} a`,
  });
  both(
    {
      at: `d.${q('dueAt')}`,
      tier: `d.${q('tier')}`,
      category: `d.${q('category')}`,
      counts: { deadlinesDue: '1', deadlinesMet: yes(`d.${q('met')} = 1`) },
      from: `${q('appeal_deadlines')} d JOIN ${q('appeals')} a ON a.${q('id')} = d.${q('appealId')}`,
    },
    `d.${q('settledAt')}`,
  );
  both(
    {
      at: `r.${q('at')}`,
      tier: `r.${q('tier')}`,
      category: `r.${q('category')}`,
      counts: {
        ratings: '1',
        ratedSolved: yes(`r.${q('solved')} = 1`),
        ratedSatisfied: yes(`r.${q('satisfaction')} = 'satisfied'`),
        ratedBasicallySatisfied: yes(`r.${q('satisfaction')} = 'basicallySatisfied'`),
      },
      from: `${q('appeal_ratings')} r JOIN ${q('appeals')} a ON a.${q('id')} = r.${q('appealId')}`,
    },
    `r.${q('at')}`,
  );
  both(
    {
      at: `a.${q('closedAt')}`,
      tier: `a.${q('tier')}`,
      category: `a.${q('category')}`,
      counts: {
        closedInCommunity: yes(`a.${q('level')} = 'community'`),
        closedAtStreet: yes(`a.${q('level')} = 'street'`),
        closedByTaskForce: yes(`a.${q('level')} = 'taskForce'`),
      },
      from: `${q('appeals')} a`,
      where: closed,
    },
    `a.${q('closedAt')}`,
  );
  sources.push({
    at: `f.${q('at')}`,
    scope: 'community',
    scopeId: `a.${q('communityId')}`,
    tier: `f.${q('tier')}`,
    category: `f.${q('category')}`,
    counts: { liaisonVisits: '1' },
    from: `${q('appeal_feedbacks')} f JOIN ${q('users')} u ON u.${q('id')} = f.${q('byId')} AND u.${q('role')} = 'liaison' JOIN ${q('appeals')} a ON a.${q('id')} = f.${q('appealId')}`,
  });

  const durations: DurationSource[] = [];
  const responses = `${q('appeal_deadlines')} d JOIN ${q('appeals')} a ON a.${q('id')} = d.${q('appealId')}`;
  const responded = `d.${q('kind')} = 'response' AND d.${q('respondedAt')} IS NOT NULL`;
  const firstResponse = {
    at: `d.${q('respondedAt')}`,
    tier: `d.${q('tier')}`,
    measure: 'firstResponse' as const,
    ms: ms(`d.${q('startedAt')}`, `d.${q('respondedAt')}`),
  };
  durations.push({ ...firstResponse, scope: 'community', scopeId: `a.${q('communityId')}`, from: responses, where: responded });
  durations.push({
    ...firstResponse,
    scope: 'department',
    scopeId: `s.${q('departmentId')}`,
    from: `${responses} ${dispatchedBy(`d.${q('appealId')}`, `d.${q('respondedAt')}`)}`,
    where: responded,
  });
  const resolution = {
    at: `a.${q('closedAt')}`,
    tier: `a.${q('tier')}`,
    measure: 'resolution' as const,
    ms: ms(`a.${q('receivedAt')}`, `a.${q('resolvedAt')}`),
  };
  const resolved = `${closed} AND a.${q('resolvedAt')} IS NOT NULL`;
  durations.push({ ...resolution, scope: 'community', scopeId: `a.${q('communityId')}`, from: `${q('appeals')} a`, where: resolved });
  durations.push({
    ...resolution,
    scope: 'department',
    scopeId: `s.${q('departmentId')}`,
    from: `${q('appeals')} a ${dispatchedBy(`a.${q('id')}`, `a.${q('closedAt')}`)}`,
    where: resolved,
  });

  const bucketOf = (msSql: string) =>
    `CASE ${DURATION_BUCKET_MINUTES.map((bound, i) => `WHEN ${msSql} <= ${bound * 60_000} THEN ${i}`).join(' ')} ELSE ${DURATION_BUCKET_MINUTES.length} END`;
  const counters = MEASURE_COUNTERS.map(q).join(', ');
  // Each source is grouped on its own and added to the rows the others made: grouping one union of them
  // all made MariaDB write every source row to a temporary table first (6 GiB at 10 M appeals). The
  // grouped columns are named apart from the table's (g, sc, … v0 …): an upsert's own columns must not be ambiguous.
  const addTo = (table: string, keys: readonly string[], counts: readonly string[], select: string) =>
    `INSERT INTO ${q(table)} (${[...keys, ...counts].map(q).join(', ')}) SELECT * FROM (${select}) g WHERE 1 = 1 ${
      dialect === 'sqlite'
        ? `ON CONFLICT (${keys.map(q).join(', ')}) DO UPDATE SET ${counts.map((c) => `${q(c)} = ${q(c)} + excluded.${q(c)}`).join(', ')}`
        : `ON DUPLICATE KEY UPDATE ${counts.map((c) => `${q(c)} = ${q(c)} + VALUES(${q(c)})`).join(', ')}`
    }`;
  const measureKeys = ['grain', 'scope', 'scopeId', 'source', 'periodStart', 'tier', 'category'];
  const durationKeys = ['grain', 'scope', 'scopeId', 'source', 'periodStart', 'tier', 'measure', 'bucket'];
  const everything = MEASURE_SOURCES.every((source) => only.includes(source));
  const ofSources = `${q('source')} IN (${only.map((source) => `'${source}'`).join(', ')})`;
  const statements = ['measure_counts', 'duration_counts', 'open_appeal_counts'].map(
    (table) => `DELETE FROM ${q(table)}${everything ? '' : ` WHERE ${ofSources}`}`,
  );
  // The appeals a source counts: all, or the 12345 work orders (every source's FROM has the appeal as `a`).
  const ofSource = (source: MeasureSource) => (source === 'all' ? null : `a.${q('channel')} = '${source}'`);
  const where = (...conditions: (string | null | undefined)[]) => {
    const all = conditions.filter((c): c is string => !!c);
    return all.length ? ` WHERE ${all.join(' AND ')}` : '';
  };
  // The days' rows from the ledger; a month's rows are its days' rows added up (a Beijing day lies in one
  // Beijing month, and both count the same events on the same instants), so the ledger is read once.
  const day = (at: string) => periodStartSql(dialect, 'day', at);
  // `sources` are where counts come from (filings, deadlines…); `source` which appeals they count.
  for (const source of only) {
    for (const s of sources) {
      statements.push(
        addTo(
          'measure_counts',
          measureKeys,
          MEASURE_COUNTERS,
          `SELECT 'day' AS g, '${s.scope}' AS sc, ${s.scopeId} AS sid, '${source}' AS src, ${day(s.at)} AS p, ${s.tier} AS t, ${s.category} AS c, ${MEASURE_COUNTERS.map((c, i) => `SUM(${s.counts[c] ?? '0'}) AS v${i}`).join(', ')}
           FROM ${s.from}${where(s.where, ofSource(source))} GROUP BY ${s.scopeId}, ${day(s.at)}, ${s.tier}, ${s.category}`,
        ),
      );
    }
    for (const d of durations) {
      statements.push(
        addTo(
          'duration_counts',
          durationKeys,
          ['count'],
          `SELECT 'day' AS g, '${d.scope}' AS sc, ${d.scopeId} AS sid, '${source}' AS src, ${day(d.at)} AS p, ${d.tier} AS t, '${d.measure}' AS m, ${bucketOf(d.ms)} AS b, COUNT(*) AS v0
           FROM ${d.from}${where(d.where, ofSource(source))} GROUP BY ${d.scopeId}, ${day(d.at)}, ${d.tier}, ${bucketOf(d.ms)}`,
        ),
      );
    }
  }
  const month = periodStartSql(dialect, 'month', q('periodStart'));
  const days = `${q('grain')} = 'day'${everything ? '' : ` AND ${ofSources}`}`;
  statements.push(
    `INSERT INTO ${q('measure_counts')} (${q('grain')}, ${q('scope')}, ${q('scopeId')}, ${q('source')}, ${q('periodStart')}, ${q('tier')}, ${q('category')}, ${counters})
     SELECT 'month', sc, sid, src, p, t, c, ${MEASURE_COUNTERS.map((c) => `SUM(${q(c)})`).join(', ')}
       FROM (SELECT ${q('scope')} AS sc, ${q('scopeId')} AS sid, ${q('source')} AS src, ${month} AS p, ${q('tier')} AS t, ${q('category')} AS c, ${counters} FROM ${q('measure_counts')} WHERE ${days}) x
      GROUP BY sc, sid, src, p, t, c`,
  );
  statements.push(
    `INSERT INTO ${q('duration_counts')} (${q('grain')}, ${q('scope')}, ${q('scopeId')}, ${q('source')}, ${q('periodStart')}, ${q('tier')}, ${q('measure')}, ${q('bucket')}, ${q('count')})
     SELECT 'month', sc, sid, src, p, t, m, b, SUM(n)
       FROM (SELECT ${q('scope')} AS sc, ${q('scopeId')} AS sid, ${q('source')} AS src, ${month} AS p, ${q('tier')} AS t, ${q('measure')} AS m, ${q('bucket')} AS b, ${q('count')} AS n FROM ${q('duration_counts')} WHERE ${days}) x
      GROUP BY sc, sid, src, p, t, m, b`,
  );
  const open = `${q('status')} NOT IN (${FINAL_STATUSES.map((status) => `'${status}'`).join(', ')})`;
  for (const source of only) {
    statements.push(
      `INSERT INTO ${q('open_appeal_counts')} (${q('communityId')}, ${q('source')}, ${q('open')})
     SELECT a.${q('communityId')}, '${source}', COUNT(*) FROM ${q('appeals')} a${where(open, ofSource(source))} GROUP BY a.${q('communityId')}`,
    );
  }
  return statements;
}

/** The instant the Beijing day or month holding `at` begins, in SQL. */
export function periodStartSql(dialect: DatabaseKind, grain: MeasureGrain, at: string): string {
  if (dialect === 'sqlite') return `strftime('%Y-%m-%d %H:%M:%f', date(${at}, '+8 hours'${grain === 'month' ? ", 'start of month'" : ''}), '-8 hours')`;
  const local = grain === 'month' ? `DATE_FORMAT(${at} + INTERVAL 8 HOUR, '%Y-%m-01')` : `DATE(${at} + INTERVAL 8 HOUR)`;
  return `(TIMESTAMP(${local}) - INTERVAL 8 HOUR)`;
}

/** Room for a source's groups in memory on MySQL/MariaDB (16 MiB by default, then a table on disk), for this session. */
const GROUPING_MEMORY = 1024 ** 3;

/** Fills the measures' counters anew from the ledger. */
export async function rebuildMeasureCounters(db: { query(sql: string): Promise<unknown> }, dialect: DatabaseKind): Promise<void> {
  if (dialect !== 'sqlite') {
    await db.query(`SET SESSION max_heap_table_size = ${GROUPING_MEMORY}`);
    await db.query(`SET SESSION tmp_table_size = ${GROUPING_MEMORY}`);
  }
  for (const sql of measureCountersRebuild(dialect)) await db.query(sql);
}

/** Fills the measures' counters anew in the application's database, in one transaction (`npm run rebuild-measures -w scripts`). */
export function rebuildMeasuresOf(app: INestApplicationContext): Promise<void> {
  const dataSource = app.get(DataSource);
  return dataSource.transaction((em) => rebuildMeasureCounters(em, kindOf(dataSource)));
}
