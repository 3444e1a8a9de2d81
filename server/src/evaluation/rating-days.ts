import { Injectable, type OnModuleInit } from '@nestjs/common';
import { shanghaiDayStart } from '@lingjuli/shared';
import { DispatchAssignment } from '../appeals/entities/dispatch-assignment.entity';
import { EventBus } from '../events/event-bus';
import type { DatabaseKind } from '../database/data-source-options';
import { addToCounters } from '../database/counters';
import { daySql } from './collaboration-days';
import { streetTotalRebuild, withStreetTotal } from './outcome-days';
import { isSatisfied } from './period-measures';
import { RatingDay } from './rating-day.entity';

/*
 * The ratings rollup (`rating_days`): per community, Beijing day and department, the ratings given that
 * day on the community's appeals dispatched to the department by then, and how many satisfied. Counted when the rating is recorded
 * (AppealRated). Final then: a rating is never changed or deleted (erasure keeps it), and a dispatch
 * order made later is dispatched after it, so it never counts for it.
 */

/** Keeps `rating_days` in step with the ratings, in their transactions. */
@Injectable()
export class RatingDays implements OnModuleInit {
  constructor(private readonly bus: EventBus) {}

  onModuleInit(): void {
    this.bus.on('AppealRated', async (em, { appeal, satisfaction, ratedAt }) => {
      const departments = await em
        .createQueryBuilder(DispatchAssignment, 'assignment')
        .select('DISTINCT assignment.departmentId', 'departmentId')
        .where('assignment.appealId = :appealId AND assignment.dispatchedAt <= :ratedAt', { appealId: appeal.id, ratedAt })
        .getRawMany<{ departmentId: number | string }>();
      const day = shanghaiDayStart(ratedAt);
      const satisfied = isSatisfied(satisfaction) ? 1 : 0;
      await addToCounters(
        em,
        RatingDay,
        ['communityId', 'day', 'departmentId'],
        ['rated', 'satisfied'],
        withStreetTotal(departments.map((d) => ({ communityId: appeal.communityId, day, departmentId: Number(d.departmentId), rated: 1, satisfied }))),
      );
    });
  }
}

/**
 * The statements that fill `rating_days` anew from the ratings and the dispatch orders (one order an
 * appeal, one assignment a department on it: a rating meets each department once). The migration
 * that made the table runs the same (its own copy).
 */
export function ratingDaysRebuild(dialect: DatabaseKind): string[] {
  const q = dialect === 'sqlite' ? (n: string) => `"${n}"` : (n: string) => `\`${n}\``;
  const day = daySql(dialect, `r.${q('at')}`);
  return [
    `DELETE FROM ${q('rating_days')}`,
    `INSERT INTO ${q('rating_days')} (${q('communityId')}, ${q('day')}, ${q('departmentId')}, ${q('rated')}, ${q('satisfied')})
     SELECT a.${q('communityId')}, ${day}, s.${q('departmentId')}, COUNT(*), SUM(CASE WHEN r.${q('satisfaction')} IN ('satisfied', 'basicallySatisfied') THEN 1 ELSE 0 END)
       FROM ${q('dispatch_assignments')} s
       JOIN ${q('appeal_ratings')} r ON r.${q('appealId')} = s.${q('appealId')} AND s.${q('dispatchedAt')} <= r.${q('at')}
       JOIN ${q('appeals')} a ON a.${q('id')} = s.${q('appealId')}
       GROUP BY a.${q('communityId')}, ${day}, s.${q('departmentId')}`,
    streetTotalRebuild(q, 'rating_days', ['rated', 'satisfied']),
  ];
}
