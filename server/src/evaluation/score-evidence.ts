import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Satisfaction, ScoreEvidence } from '@lingjuli/shared';
import { DataSource, In } from 'typeorm';
import { AppealRating } from '../appeals/entities/appeal-rating.entity';
import { DispatchAssignment } from '../appeals/entities/dispatch-assignment.entity';
import { WhistleTarget } from '../whistles/whistle-target.entity';
import type { TimeRange } from './collaboration-days';
import { dispatchOutcome, judgedAt, reportInOutcome, type Outcome } from './period-measures';

/** A whistled department's part in one of the community's whistles. */
export interface ReportInFact {
  departmentId: number;
  whistledAt: Date;
  reportedInAt: Date | null;
  outcome: Outcome;
}

/** A dispatched department's part in one of the community's appeals. */
export interface DispatchFact {
  departmentId: number;
  appealId: number;
  dispatchedAt: Date;
  completedAt: Date | null;
  outcome: Outcome;
}

export interface RatingFact {
  appealId: number;
  at: Date;
  satisfaction: Satisfaction;
}

const empty = (): ScoreEvidence => ({
  reportIns: { whistled: 0, reportedIn: 0, onTime: 0, late: 0, medianMinutes: null },
  dispatched: { total: 0, completed: 0, onTime: 0, late: 0 },
  ratings: { rated: 0, satisfied: 0, basicallySatisfied: 0, unsatisfied: 0 },
});

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return Math.round(sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2);
}

/**
 * Per department, what a community's score of it rests on: how fast it reported in after the
 * community's whistles (the median, and on time or late as the ranking judges it), whether it completed
 * its parts of the community's dispatched appeals by their deadlines, and what residents said of those
 * appeals afterwards (a rating before the dispatch judged the community, not the department).
 */
export function scoreEvidence(
  reportIns: readonly ReportInFact[],
  dispatches: readonly DispatchFact[],
  ratings: readonly RatingFact[],
): Map<number, ScoreEvidence> {
  const byDepartment = new Map<number, ScoreEvidence>();
  const of = (id: number) => byDepartment.get(id) ?? byDepartment.set(id, empty()).get(id)!;
  const minutes = new Map<number, number[]>();
  for (const part of reportIns) {
    const r = of(part.departmentId).reportIns;
    r.whistled++;
    if (part.outcome === 'onTime') r.onTime++;
    if (part.outcome === 'late') r.late++;
    if (part.reportedInAt) {
      r.reportedIn++;
      minutes.set(part.departmentId, [...(minutes.get(part.departmentId) ?? []), (part.reportedInAt.getTime() - part.whistledAt.getTime()) / 60_000]);
    }
  }
  for (const [id, list] of minutes) of(id).reportIns.medianMinutes = median(list);
  for (const part of dispatches) {
    const e = of(part.departmentId);
    e.dispatched.total++;
    if (part.completedAt) e.dispatched.completed++;
    if (part.outcome === 'onTime') e.dispatched.onTime++;
    if (part.outcome === 'late') e.dispatched.late++;
    for (const rating of ratings) {
      if (rating.appealId !== part.appealId || rating.at.getTime() < part.dispatchedAt.getTime()) continue;
      e.ratings.rated++;
      e.ratings[rating.satisfaction]++;
    }
  }
  return byDepartment;
}

/**
 * The facts for one community's period, read from the rows themselves: its whistles of the period
 * (by `(communityId, createdAt)`) with their parts; the parts dispatched in the period (by their
 * `dispatchedAt` index) of its appeals; the ratings of those appeals (by appeal).
 */
@Injectable()
export class ScoreEvidenceReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forCommunity(period: TimeRange, communityId: number, now: Date): Promise<Map<number, ScoreEvidence>> {
    const range = { startsAt: period.startsAt, endsAt: period.endsAt, communityId };
    const [targets, assignments] = await Promise.all([
      this.dataSource
        .getRepository(WhistleTarget)
        .createQueryBuilder('target')
        .innerJoinAndSelect('target.whistle', 'whistle')
        .where('whistle.communityId = :communityId', range)
        .andWhere('whistle.createdAt >= :startsAt AND whistle.createdAt < :endsAt', range)
        .getMany(),
      this.dataSource
        .getRepository(DispatchAssignment)
        .createQueryBuilder('assignment')
        .innerJoinAndSelect('assignment.appeal', 'appeal')
        .where('assignment.dispatchedAt >= :startsAt AND assignment.dispatchedAt < :endsAt', range)
        .andWhere('appeal.communityId = :communityId', range)
        .getMany(),
    ]);
    const appealIds = [...new Set(assignments.map((a) => a.appealId))];
    const ratings = appealIds.length
      ? await this.dataSource.getRepository(AppealRating).find({ select: { appealId: true, at: true, satisfaction: true }, where: { appealId: In(appealIds) } })
      : [];
    return scoreEvidence(
      targets.map(({ departmentId, whistle, reportedInAt, reportInMissedAt }) => ({
        departmentId,
        whistledAt: whistle!.createdAt,
        reportedInAt,
        outcome: reportInOutcome(
          { reportedInAt, reportInMissedAt },
          whistle!.reportInDueAt,
          judgedAt(now, whistle!.status === 'cancelled' ? whistle!.closedAt : null),
        ),
      })),
      assignments.map((a) => ({
        departmentId: a.departmentId,
        appealId: a.appealId,
        dispatchedAt: a.dispatchedAt,
        completedAt: a.completedAt,
        outcome: dispatchOutcome(a.completedAt, a.appeal!.dueAt, judgedAt(now, a.appeal!.closedAt)),
      })),
      ratings.map((r) => ({ appealId: r.appealId, at: r.at, satisfaction: r.satisfaction })),
    );
  }
}

/** A department with no facts in the period (worked with only on a part-day edge, say): all zeros. */
export const NO_EVIDENCE = empty;
