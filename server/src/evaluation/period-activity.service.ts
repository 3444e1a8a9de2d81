import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Satisfaction } from '@lingjuli/shared';
import { DataSource } from 'typeorm';
import { AppealRating } from '../appeals/entities/appeal-rating.entity';
import { DispatchAssignment } from '../appeals/entities/dispatch-assignment.entity';
import { WhistleTarget } from '../whistles/whistle-target.entity';
import type { TimeRange } from './collaboration-days';
import { dispatchOutcome, judgedAt, reportInOutcome, type Outcome } from './period-measures';

export interface DepartmentOutcome {
  departmentId: number;
  outcome: Outcome;
}

/** Which of a period's parts: one community's (else every community's); only the running ones (see `outcome-days.ts`). */
export interface PartFilter {
  communityId?: number;
  running?: boolean;
}

/**
 * What happened between communities and departments in a period, read from the whistles and the
 * dispatched appeals. A period is [startsAt, endsAt): a whistle belongs to the period it was
 * created in, a dispatch to the period its order was dispatched in, a rating to the period it was given in.
 */
@Injectable()
export class PeriodActivity {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Each whistled department of the period's whistles, with its report-in outcome; a whistle cancelled
   * with its appeal is judged as it stood then. Running: the parts of open whistles not reported in and
   * not marked missed, read from their own index.
   */
  async reportIns(period: TimeRange, now: Date, { communityId, running }: PartFilter = {}): Promise<DepartmentOutcome[]> {
    // The running ones by their own copy of the whistle's time (their index), the others by the whistles'.
    const createdAt = running ? 'target.whistleCreatedAt' : 'whistle.createdAt';
    const qb = this.dataSource
      .getRepository(WhistleTarget)
      .createQueryBuilder('target')
      .innerJoinAndSelect('target.whistle', 'whistle')
      .where(`${createdAt} >= :startsAt AND ${createdAt} < :endsAt`, { startsAt: period.startsAt, endsAt: period.endsAt });
    if (communityId !== undefined) qb.andWhere('whistle.communityId = :communityId', { communityId });
    if (running) qb.andWhere("target.whistleStatus = 'open' AND target.reportedInAt IS NULL AND target.reportInMissedAt IS NULL");
    const targets = await qb.getMany();
    return targets.map(({ departmentId, whistle, ...part }) => ({
      departmentId,
      outcome: reportInOutcome(part, whistle!.reportInDueAt, judgedAt(now, whistle!.status === 'cancelled' ? whistle!.closedAt : null)),
    }));
  }

  /**
   * Each department's part in the period's dispatch orders, against the appeal's deadline, as it stood
   * when the appeal ended if it has. Running: the parts of appeals not ended, read from their index.
   */
  async dispatches(period: TimeRange, now: Date, { communityId, running }: PartFilter = {}): Promise<DepartmentOutcome[]> {
    const qb = this.dataSource
      .getRepository(DispatchAssignment)
      .createQueryBuilder('assignment')
      .innerJoinAndSelect('assignment.appeal', 'appeal')
      .where('assignment.dispatchedAt >= :startsAt AND assignment.dispatchedAt < :endsAt', { startsAt: period.startsAt, endsAt: period.endsAt });
    if (communityId !== undefined) qb.andWhere('appeal.communityId = :communityId', { communityId });
    if (running) qb.andWhere('assignment.appealEndedAt IS NULL');
    const assignments = await qb.getMany();
    return assignments.map((a) => ({
      departmentId: a.departmentId,
      outcome: dispatchOutcome(a.completedAt, a.appeal!.dueAt, judgedAt(now, a.appeal!.closedAt)),
    }));
  }

  /**
   * Residents' ratings given in the period on appeals dispatched to departments. A rating counts for
   * each department the appeal had been dispatched to when it was given: a rating before the
   * dispatch judged the community's handling, not the department's. One community's: the ratings of its appeals.
   */
  async ratings(period: TimeRange, { communityId }: Pick<PartFilter, 'communityId'> = {}): Promise<{ departmentIds: number[]; satisfaction: Satisfaction }[]> {
    const qb = this.dataSource
      .getRepository(AppealRating)
      .createQueryBuilder('rating')
      .innerJoin(DispatchAssignment, 'assignment', 'assignment.appealId = rating.appealId')
      .select('rating.id', 'ratingId')
      .addSelect('rating.satisfaction', 'satisfaction')
      .addSelect('assignment.departmentId', 'departmentId')
      .where('rating.at >= :startsAt AND rating.at < :endsAt', { startsAt: period.startsAt, endsAt: period.endsAt })
      .andWhere('assignment.dispatchedAt <= rating.at');
    if (communityId !== undefined) qb.innerJoin('rating.appeal', 'appeal').andWhere('appeal.communityId = :communityId', { communityId });
    const rows: { ratingId: number | string; satisfaction: Satisfaction; departmentId: number | string }[] = await qb.getRawMany();
    const byRating = new Map<number, { departmentIds: number[]; satisfaction: Satisfaction }>();
    for (const row of rows) {
      const id = Number(row.ratingId);
      const entry = byRating.get(id) ?? { departmentIds: [], satisfaction: row.satisfaction };
      entry.departmentIds.push(Number(row.departmentId));
      byRating.set(id, entry);
    }
    return [...byRating.values()];
  }
}
