import { Injectable, type OnModuleInit } from '@nestjs/common';
import { shanghaiDayStart } from '@lingjuli/shared';
import type { EntityManager } from 'typeorm';
import { AppealEndings } from '../appeals/appeal-endings.service';
import { DispatchAssignment } from '../appeals/entities/dispatch-assignment.entity';
import { addToCounters } from '../database/counters';
import type { DatabaseKind } from '../database/data-source-options';
import { EventBus } from '../events/event-bus';
import { daySql } from './collaboration-days';
import { OutcomeDay } from './outcome-day.entity';
import { dispatchOutcome, reportInOutcome, type Outcome } from './period-measures';

/*
 * The outcomes rollup (`outcome_days`): per community, Beijing day and department, the report-ins of
 * that day's whistles and the parts of that day's dispatch orders (the community's whistles and appeals), counted once their outcome is final, and how
 * many on time. A report-in is final when it is made, when the timer marks its deadline missed, or when
 * its whistle is cancelled (judged then); a dispatched part when its appeal ends (judged then: an ended
 * appeal is never reopened, its deadline never moves). A part left out of the rate then (still within its
 * time when its appeal or whistle ended) stays out. Until then a part is "running": it may still turn
 * late by `now`, or lose its completion to a reopening, so the ranking reads the running ones live
 * (`PeriodActivity`, `running`) — the open ones, a few of a period's.
 */

const OUTCOME_COUNTS: (keyof OutcomeDay)[] = ['reportIns', 'reportInsOnTime', 'dispatched', 'dispatchedOnTime'];

interface Counted {
  communityId: number;
  day: Date;
  departmentId: number;
  outcome: Outcome;
}

/**
 * The street's own row of a day and department in `outcome_days` and `rating_days`: every community's
 * counts together, kept beside theirs so the ranking reads a row per department and day, not one per
 * community as well.
 */
export const STREET_TOTAL = 0;

/** Each row once for its community and once for the street's total, sorted by key (two transactions may add to the same rows). */
export function withStreetTotal<T extends { communityId: number; day: Date; departmentId: number }>(rows: T[]): T[] {
  return [...rows, ...rows.map((row) => ({ ...row, communityId: STREET_TOTAL }))].sort(
    (a, b) => a.communityId - b.communityId || a.day.getTime() - b.day.getTime() || a.departmentId - b.departmentId,
  );
}

/** The statement that sums the communities' rows of a rollup into the street's, after a rebuild. */
export function streetTotalRebuild(q: (name: string) => string, table: string, counts: string[]): string {
  const columns = counts.map(q).join(', ');
  return `INSERT INTO ${q(table)} (${q('communityId')}, ${q('day')}, ${q('departmentId')}, ${columns})
     SELECT ${STREET_TOTAL}, ${q('day')}, ${q('departmentId')}, ${counts.map((c) => `SUM(${q(c)})`).join(', ')}
       FROM ${q(table)} WHERE ${q('communityId')} <> ${STREET_TOTAL} GROUP BY ${q('day')}, ${q('departmentId')}`;
}

/** Adds the settled parts to their days (a pending outcome is not counted: left out of the rate). */
function addOutcomes(em: EntityManager, kind: 'reportIns' | 'dispatched', parts: Counted[]): Promise<void> {
  const onTime = kind === 'reportIns' ? 'reportInsOnTime' : 'dispatchedOnTime';
  const rows = parts
    .filter((p) => p.outcome !== 'pending')
    .map(({ communityId, day, departmentId, outcome }) => ({
      communityId,
      day,
      departmentId,
      reportIns: 0,
      reportInsOnTime: 0,
      dispatched: 0,
      dispatchedOnTime: 0,
      [kind]: 1,
      [onTime]: outcome === 'onTime' ? 1 : 0,
    }));
  return addToCounters(em, OutcomeDay, ['communityId', 'day', 'departmentId'], OUTCOME_COUNTS, withStreetTotal(rows));
}

/** Where a whistle's report-ins are counted: its community, the day it was raised. */
const whistleDay = (whistle: { communityId: number; createdAt: Date }) => ({ communityId: whistle.communityId, day: shanghaiDayStart(whistle.createdAt) });

/** Keeps `outcome_days` in step with the whistles and the dispatched appeals, in their transactions. */
@Injectable()
export class OutcomeDays implements OnModuleInit {
  constructor(
    private readonly bus: EventBus,
    private readonly endings: AppealEndings,
  ) {}

  onModuleInit(): void {
    this.bus.on('WhistleReportedIn', async (em, { whistle, target, at }) => {
      // A report-in after the deadline was marked missed was counted late then.
      if (target.reportInMissedAt !== null) return;
      const outcome = reportInOutcome({ reportedInAt: at, reportInMissedAt: null }, whistle.reportInDueAt, at);
      await addOutcomes(em, 'reportIns', [{ ...whistleDay(whistle), departmentId: target.departmentId, outcome }]);
    });
    this.bus.on('WhistleReportInMissed', (em, { whistle, target }) =>
      addOutcomes(em, 'reportIns', [{ ...whistleDay(whistle), departmentId: target.departmentId, outcome: 'late' }]),
    );
    this.bus.on('WhistleCancelled', async (em, { whistle, targets, at }) => {
      // Those neither reported in nor marked missed: the others were counted then.
      const running = targets.filter((t) => t.reportedInAt === null && t.reportInMissedAt === null);
      await addOutcomes(
        em,
        'reportIns',
        running.map((t) => ({ ...whistleDay(whistle), departmentId: t.departmentId, outcome: reportInOutcome(t, whistle.reportInDueAt, at) })),
      );
    });
    this.endings.register(async (em, { appeal, at }) => {
      const parts = await em.findBy(DispatchAssignment, { appealId: appeal.id });
      await addOutcomes(
        em,
        'dispatched',
        parts.map((p) => ({
          communityId: appeal.communityId,
          day: shanghaiDayStart(p.dispatchedAt),
          departmentId: p.departmentId,
          outcome: dispatchOutcome(p.completedAt, appeal.dueAt, at),
        })),
      );
      return null;
    });
  }
}

/**
 * The statements that fill `outcome_days` anew from the settled report-ins and dispatched parts, by
 * the rules above in SQL (on time: done by the deadline; late: done after it, marked missed, or still
 * undone when the whistle or appeal ended after it). The migration that made the table runs the same
 * (its own copy).
 */
export function outcomeDaysRebuild(dialect: DatabaseKind): string[] {
  const q = dialect === 'sqlite' ? (n: string) => `"${n}"` : (n: string) => `\`${n}\``;
  const whistleDay = daySql(dialect, `w.${q('createdAt')}`);
  const dispatchDay = daySql(dialect, `s.${q('dispatchedAt')}`);
  return [
    `DELETE FROM ${q('outcome_days')}`,
    `INSERT INTO ${q('outcome_days')} (${q('communityId')}, ${q('day')}, ${q('departmentId')}, ${q('reportIns')}, ${q('reportInsOnTime')}, ${q('dispatched')}, ${q('dispatchedOnTime')})
     SELECT c, d, dep, SUM(ri), SUM(rio), SUM(di), SUM(dio) FROM (
       SELECT w.${q('communityId')} AS c, ${whistleDay} AS d, t.${q('departmentId')} AS dep, COUNT(*) AS ri,
              SUM(CASE WHEN t.${q('reportInMissedAt')} IS NULL AND t.${q('reportedInAt')} <= w.${q('reportInDueAt')} THEN 1 ELSE 0 END) AS rio, 0 AS di, 0 AS dio
         FROM ${q('whistle_targets')} t JOIN ${q('whistles')} w ON w.${q('id')} = t.${q('whistleId')}
         WHERE t.${q('reportInMissedAt')} IS NOT NULL OR t.${q('reportedInAt')} IS NOT NULL
            OR (w.${q('status')} = 'cancelled' AND w.${q('closedAt')} > w.${q('reportInDueAt')})
         GROUP BY w.${q('communityId')}, ${whistleDay}, t.${q('departmentId')}
       UNION ALL
       SELECT a.${q('communityId')}, ${dispatchDay}, s.${q('departmentId')}, 0, 0, COUNT(*), SUM(CASE WHEN s.${q('completedAt')} <= a.${q('dueAt')} THEN 1 ELSE 0 END)
         FROM ${q('dispatch_assignments')} s JOIN ${q('appeals')} a ON a.${q('id')} = s.${q('appealId')}
         WHERE s.${q('appealEndedAt')} IS NOT NULL AND (s.${q('completedAt')} IS NOT NULL OR s.${q('appealEndedAt')} > a.${q('dueAt')})
         GROUP BY a.${q('communityId')}, ${dispatchDay}, s.${q('departmentId')}
     ) x GROUP BY c, d, dep`,
    streetTotalRebuild(q, 'outcome_days', OUTCOME_COUNTS),
  ];
}
