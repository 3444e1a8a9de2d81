import { Injectable, type OnModuleInit } from '@nestjs/common';
import { shanghaiDayStart } from '@lingjuli/shared';
import type { EntityManager } from 'typeorm';
import type { DatabaseKind } from '../database/data-source-options';
import { addToCounters } from '../database/counters';
import { EventBus } from '../events/event-bus';
import { CollaborationDay } from './collaboration-day.entity';

/*
 * The collaboration rollup (`collaboration_days`): per community, department and Beijing day, the
 * whistled departments and the dispatched ones. Counted in the writing transaction from the events
 * (WhistleRaised, AppealDispatched); neither count depends on `now` or on what happens later (a whistle
 * target and a dispatch assignment are never deleted, their whistle's createdAt, their order's
 * dispatchedAt and their appeal's community never change), so a day's counts are final once written.
 * The secretary's departments to score sum the period's whole days from here and read only the part
 * of a day at either end of a period that does not start or end at Beijing midnight from the rows.
 */

const DAY = 24 * 3_600_000;

export interface TimeRange {
  startsAt: Date;
  endsAt: Date;
}

/**
 * [startsAt, endsAt) as the whole Beijing days inside it (`days`, [from, to) on day starts, or null
 * when there is none) and the parts left at either end (`edges`, shorter than a day each).
 */
export function splitIntoDays(range: TimeRange): { days: TimeRange | null; edges: TimeRange[] } {
  let from = shanghaiDayStart(range.startsAt);
  if (from.getTime() < range.startsAt.getTime()) from = new Date(from.getTime() + DAY);
  const to = shanghaiDayStart(range.endsAt);
  if (from.getTime() >= to.getTime()) return { days: null, edges: [range] };
  const edges: TimeRange[] = [];
  if (range.startsAt.getTime() < from.getTime()) edges.push({ startsAt: range.startsAt, endsAt: from });
  if (to.getTime() < range.endsAt.getTime()) edges.push({ startsAt: to, endsAt: range.endsAt });
  return { days: { startsAt: from, endsAt: to }, edges };
}

const addToDays = (em: EntityManager, rows: CollaborationDay[]) =>
  addToCounters(em, CollaborationDay, ['communityId', 'day', 'departmentId'], ['whistles', 'dispatched'], rows);

/** Keeps `collaboration_days` in step with the whistles and the dispatch orders, in their transactions. */
@Injectable()
export class CollaborationDays implements OnModuleInit {
  constructor(private readonly bus: EventBus) {}

  onModuleInit(): void {
    this.bus.on('WhistleRaised', (em, { whistle, departmentIds }) =>
      addToDays(
        em,
        departmentIds.map((departmentId) => ({
          communityId: whistle.communityId,
          day: shanghaiDayStart(whistle.createdAt),
          departmentId,
          whistles: 1,
          dispatched: 0,
        })),
      ),
    );
    this.bus.on('AppealDispatched', (em, { appeal, leadDepartmentId, assistingDepartmentIds, at }) =>
      addToDays(
        em,
        [leadDepartmentId, ...assistingDepartmentIds].map((departmentId) => ({
          communityId: appeal.communityId,
          day: shanghaiDayStart(at),
          departmentId,
          whistles: 0,
          dispatched: 1,
        })),
      ),
    );
  }
}

/** The Beijing day start of a stored time, in SQL: the same instant `shanghaiDayStart` gives, as each dialect stores it. */
export const daySql = (dialect: DatabaseKind, column: string) =>
  dialect === 'sqlite'
    ? `strftime('%Y-%m-%d %H:%M:%f', date(${column}, '+8 hours'), '-8 hours')`
    : `(TIMESTAMP(DATE(${column} + INTERVAL 8 HOUR)) - INTERVAL 8 HOUR)`;

/**
 * The statements that fill `collaboration_days` anew from the whistle targets and dispatch assignments:
 * one pass over each, grouped. The migration that made the table runs the same (its own copy).
 */
export function collaborationDaysRebuild(dialect: DatabaseKind): string[] {
  const q = dialect === 'sqlite' ? (n: string) => `"${n}"` : (n: string) => `\`${n}\``;
  return [
    `DELETE FROM ${q('collaboration_days')}`,
    `INSERT INTO ${q('collaboration_days')} (${q('communityId')}, ${q('day')}, ${q('departmentId')}, ${q('whistles')}, ${q('dispatched')})
     SELECT c, d, dep, SUM(nw), SUM(nd) FROM (
       SELECT wh.${q('communityId')} AS c, ${daySql(dialect, `wh.${q('createdAt')}`)} AS d, t.${q('departmentId')} AS dep, COUNT(*) AS nw, 0 AS nd
         FROM ${q('whistle_targets')} t JOIN ${q('whistles')} wh ON wh.${q('id')} = t.${q('whistleId')}
         GROUP BY wh.${q('communityId')}, ${daySql(dialect, `wh.${q('createdAt')}`)}, t.${q('departmentId')}
       UNION ALL
       SELECT a.${q('communityId')}, ${daySql(dialect, `o.${q('dispatchedAt')}`)}, s.${q('departmentId')}, 0, COUNT(*)
         FROM ${q('dispatch_assignments')} s
         JOIN ${q('dispatch_orders')} o ON o.${q('id')} = s.${q('orderId')}
         JOIN ${q('appeals')} a ON a.${q('id')} = s.${q('appealId')}
         WHERE o.${q('dispatchedAt')} IS NOT NULL
         GROUP BY a.${q('communityId')}, ${daySql(dialect, `o.${q('dispatchedAt')}`)}, s.${q('departmentId')}
     ) x GROUP BY c, d, dep`,
  ];
}
