import type { DatabaseKind } from '../database/data-source-options';
import { collaborationDaysRebuild } from './collaboration-days';
import { outcomeDaysRebuild } from './outcome-days';
import { ratingDaysRebuild } from './rating-days';

/**
 * Fills the evaluation's rollups (`collaboration_days`, `rating_days`, `outcome_days`) anew from the rows they count:
 * for the ledger generator, which loads rows past the services (and so past the events that keep them).
 */
export async function rebuildEvaluationRollups(db: { query(sql: string): Promise<unknown> }, dialect: DatabaseKind): Promise<void> {
  for (const sql of [...collaborationDaysRebuild(dialect), ...ratingDaysRebuild(dialect), ...outcomeDaysRebuild(dialect)]) await db.query(sql);
}
