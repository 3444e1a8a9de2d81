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
import { OutcomeDay } from './outcome-day.entity';
import { toPeriodData, type PeriodFacts } from './period-measures';
import { RatingDay } from './rating-day.entity';

/**
 * The year-end department ranking for a period: every active department, from the communities'
 * scores and the measured data, ranked by the shared `rankDepartments` with its weights shown. The
 * period's whole Beijing days are summed from the rollups — the ratings (`rating-days.ts`) and the
 * settled report-ins and dispatched parts (`outcome-days.ts`) — and only the parts still running are
 * read live; a period's start or end that is not at Beijing midnight reads the rows of that part of a day.
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
    const { days, edges } = splitIntoDays(period);
    // Read live: every part of the edges, the running parts of the whole days.
    const live = [...edges.map((range) => ({ range, running: false })), ...(days ? [{ range: days, running: true }] : [])];
    const [departments, scores, counted, reportIns, dispatches, ratings] = await Promise.all([
      this.dataSource.getRepository(Department).find({ where: { active: true }, order: { id: 'ASC' } }),
      this.dataSource.getRepository(DepartmentScore).find({ select: { departmentId: true, score: true }, where: { periodId } }),
      days ? this.countedDays(days) : Promise.resolve([]),
      flatAll(live.map(({ range, running }) => this.activity.reportIns(range, now, { running }))),
      flatAll(live.map(({ range, running }) => this.activity.dispatches(range, now, { running }))),
      flatAll(edges.map((edge) => this.activity.ratings(edge))),
    ]);
    const data = toPeriodData({ departments, scores, reportIns, dispatches, ratings, counted });
    return { period: toPeriodInfo(period), weights: { ...RANKING_WEIGHTS }, rows: rankDepartments(data) };
  }

  /** Per department, what the rollups counted on the days [startsAt, endsAt): at most a row per department and day of each. */
  private async countedDays(days: TimeRange): Promise<PeriodFacts['counted']> {
    const inDays = { from: days.startsAt, to: days.endsAt };
    const [ratings, outcomes] = await Promise.all([
      this.dataSource
        .getRepository(RatingDay)
        .createQueryBuilder('day')
        .select('day.departmentId', 'departmentId')
        .addSelect('SUM(day.rated)', 'rated')
        .addSelect('SUM(day.satisfied)', 'satisfied')
        .where('day.day >= :from AND day.day < :to', inDays)
        .groupBy('day.departmentId')
        .getRawMany<Record<string, number | string>>(),
      this.dataSource
        .getRepository(OutcomeDay)
        .createQueryBuilder('day')
        .select('day.departmentId', 'departmentId')
        .addSelect('SUM(day.reportIns)', 'whistles')
        .addSelect('SUM(day.reportInsOnTime)', 'whistlesOnTime')
        .addSelect('SUM(day.dispatched)', 'dispatched')
        .addSelect('SUM(day.dispatchedOnTime)', 'dispatchedOnTime')
        .where('day.day >= :from AND day.day < :to', inDays)
        .groupBy('day.departmentId')
        .getRawMany<Record<string, number | string>>(),
    ]);
    // The drivers give sums as strings or numbers.
    return [...ratings, ...outcomes].map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)])) as { departmentId: number });
  }
}

const flatAll = async <T>(reads: Promise<T[]>[]): Promise<T[]> => (await Promise.all(reads)).flat();
