import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RANKING_WEIGHTS, rankDepartments, type DepartmentRanking } from '@lingjuli/shared';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { Department } from '../organisation/department.entity';
import { splitIntoDays, type TimeRange } from './collaboration-days';
import { DepartmentScore } from './department-score.entity';
import { EvaluationService, toPeriodInfo } from './evaluation.service';
import { PeriodActivity } from './period-activity.service';
import { toPeriodData } from './period-measures';
import { RatingDay } from './rating-day.entity';

/**
 * The year-end department ranking for a period: every active department, from the communities'
 * scores and the measured data, ranked by the shared `rankDepartments` with its weights shown.
 * The satisfaction is summed from the ratings rollup (`rating-days.ts`). The report-ins and
 * dispatches are still read from the period's rows: their outcomes are not final when written (an
 * open part is late or pending by `now`, a reopened appeal's assignments lose their completion and get
 * a new deadline, a tier change moves the deadline), so a rollup of them would need each part to
 * remember what it was counted as, to take it back when it changes, and the unsettled parts read live
 * from an index of their own.
 */
@Injectable()
export class DepartmentRankingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly evaluation: EvaluationService,
    private readonly activity: PeriodActivity,
  ) {}

  async ranking(periodId: number): Promise<DepartmentRanking> {
    const period = await this.evaluation.findPeriod(periodId);
    const now = this.clock.now();
    // Ratings are final when given: the period's whole Beijing days are summed from the ratings rollup.
    const { days, edges } = splitIntoDays(period);
    const [departments, scores, reportIns, dispatches, ratingCounts, ...edgeRatings] = await Promise.all([
      this.dataSource.getRepository(Department).find({ where: { active: true }, order: { id: 'ASC' } }),
      this.dataSource.getRepository(DepartmentScore).find({ select: { departmentId: true, score: true }, where: { periodId } }),
      this.activity.reportIns(period, now),
      this.activity.dispatches(period, now),
      days ? this.ratingDays(days) : Promise.resolve([]),
      ...edges.map((edge) => this.activity.ratings(edge)),
    ]);
    const data = toPeriodData({ departments, scores, reportIns, dispatches, ratings: edgeRatings.flat(), ratingCounts });
    return { period: toPeriodInfo(period), weights: { ...RANKING_WEIGHTS }, rows: rankDepartments(data) };
  }

  /** Per department, the ratings of the days [startsAt, endsAt): at most a row per department and day. */
  private async ratingDays(days: TimeRange): Promise<{ departmentId: number; rated: number; satisfied: number }[]> {
    const rows = await this.dataSource
      .getRepository(RatingDay)
      .createQueryBuilder('day')
      .select('day.departmentId', 'departmentId')
      .addSelect('SUM(day.rated)', 'rated')
      .addSelect('SUM(day.satisfied)', 'satisfied')
      .where('day.day >= :from AND day.day < :to', { from: days.startsAt, to: days.endsAt })
      .groupBy('day.departmentId')
      .getRawMany<{ departmentId: number | string; rated: number | string; satisfied: number | string }>();
    return rows.map((r) => ({ departmentId: Number(r.departmentId), rated: Number(r.rated), satisfied: Number(r.satisfied) }));
  }
}
