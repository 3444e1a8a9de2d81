import { collaborationDaysRebuild, type Dialect } from './collaboration-days';
import { ratingDaysRebuild } from './rating-days';

/**
 * Fills the evaluation's rollups (`collaboration_days`, `rating_days`) anew from the rows they count:
 * for the ledger generator, which loads rows past the services (and so past the events that keep them).
 */
export async function rebuildEvaluationRollups(query: (sql: string) => Promise<unknown>, dialect: Dialect): Promise<void> {
  for (const sql of [...collaborationDaysRebuild(dialect), ...ratingDaysRebuild(dialect)]) await query(sql);
}
