import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { LiaisonCounts } from '@lingjuli/shared';
import { In, type EntityManager } from 'typeorm';
import type { AppealAssigned } from '../appeals/appeal-events';
import type { DatabaseKind } from '../database/data-source-options';
import { addToCounters } from '../database/counters';
import { EventBus } from '../events/event-bus';
import { LiaisonCount } from './liaison-count.entity';

const MEASURES: (keyof LiaisonCounts)[] = ['reports', 'proactiveReports', 'visits', 'participations'];

export const NO_COUNTS: LiaisonCounts = { reports: 0, proactiveReports: 0, visits: 0, participations: 0 };

/**
 * Keeps `liaison_counts` equal to what the ledger says, in the transaction of each fact it counts:
 * a report filed from her rounds (channel liaison), a feedback visit recorded, an appeal's liaison
 * assigned or changed (the one taken off counts one fewer). Nothing else moves them: no measure
 * looks at an appeal's status, so withdrawals and closures change nothing, and a resident's erasure
 * repoints only her own online appeals (never channel liaison) and touches no feedback or assignment.
 */
@Injectable()
export class LiaisonCounters implements OnModuleInit {
  constructor(private readonly bus: EventBus) {}

  onModuleInit(): void {
    this.bus.on('AppealFiled', async (em, { appeal }) => {
      if (appeal.channel === 'liaison') await addCounts(em, [[appeal.filedById, { reports: 1, proactiveReports: appeal.proactive ? 1 : 0 }]]);
    });
    this.bus.on('AppealFedBack', (em, { feedback }) => addCounts(em, [[feedback.byId, { visits: 1 }]]));
    this.bus.on('AppealAssigned', (em, event) => this.reassigned(em, event));
  }

  private async reassigned(em: EntityManager, { appeal, previous }: AppealAssigned): Promise<void> {
    const [from, to] = [previous.assignedLiaisonId, appeal.assignedLiaisonId];
    if (from === to) return;
    const changes: [number, Partial<LiaisonCounts>][] = [];
    if (from !== null) changes.push([from, { participations: -1 }]);
    if (to !== null) changes.push([to, { participations: 1 }]);
    await addCounts(em, changes);
  }
}

/** Adds to users' counters, making the row the first time; in the order of their ids, so two transactions moving the same two liaisons cannot deadlock. */
function addCounts(em: EntityManager, changes: [number, Partial<LiaisonCounts>][]): Promise<void> {
  const rows = [...changes].sort(([a], [b]) => a - b).map(([userId, delta]) => Object.assign(new LiaisonCount(), { userId, ...NO_COUNTS, ...delta }));
  return addToCounters(em, LiaisonCount, ['userId'], MEASURES, rows);
}

/** The counters of the given users, read from `liaison_counts` (a user without a row has done none of it). */
export async function readLiaisonCounts(em: EntityManager, userIds: number[]): Promise<Map<number, LiaisonCounts>> {
  if (userIds.length === 0) return new Map();
  const rows = await em.findBy(LiaisonCount, { userId: In(userIds) });
  return new Map(rows.map(({ userId, reports, proactiveReports, visits, participations }) => [userId, { reports, proactiveReports, visits, participations }]));
}

/**
 * The counts recomputed from the ledger, one grouped pass per measure; for a rebuild and for checking
 * the counters (its migration, LiaisonCounts…, backfills with the same statement). On MySQL the
 * reports are read by one pass over the table: left to itself it walks the filer index in order and
 * reads every appeal's row from it, ten million random reads at ten million appeals.
 */
export function liaisonCountsFromLedger(dialect: DatabaseKind): string {
  const appealsScanned = dialect === 'mysql' ? 'appeals USE INDEX ()' : 'appeals';
  return `
  SELECT userId, SUM(reports) AS reports, SUM(proactiveReports) AS proactiveReports, SUM(visits) AS visits, SUM(participations) AS participations
  FROM (
    SELECT filedById AS userId, COUNT(*) AS reports, SUM(CASE WHEN proactive THEN 1 ELSE 0 END) AS proactiveReports, 0 AS visits, 0 AS participations
      FROM ${appealsScanned} WHERE channel = 'liaison' GROUP BY filedById
    UNION ALL
    SELECT byId, 0, 0, COUNT(*), 0 FROM appeal_feedbacks GROUP BY byId
    UNION ALL
    SELECT assignedLiaisonId, 0, 0, 0, COUNT(*) FROM appeals WHERE assignedLiaisonId IS NOT NULL GROUP BY assignedLiaisonId
  ) counted
  GROUP BY userId`;
}

/**
 * Recomputes every liaison counter from the ledger: for rows written around the services (the
 * benchmark ledger's bulk load), or to repair. Run it in a transaction, or with no writes going on.
 */
export async function rebuildLiaisonCounts(db: { query(sql: string): Promise<unknown> }, dialect: DatabaseKind): Promise<void> {
  await db.query('DELETE FROM liaison_counts');
  await db.query(`INSERT INTO liaison_counts (userId, reports, proactiveReports, visits, participations) ${liaisonCountsFromLedger(dialect)}`);
}
