import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RANKING_WEIGHTS, rankDepartments, type DepartmentRanking } from '@lingjuli/shared';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { Department } from '../organisation/department.entity';
import { DepartmentScore } from './department-score.entity';
import { EvaluationService, toPeriodInfo } from './evaluation.service';
import { PeriodActivity } from './period-activity.service';
import { toPeriodData } from './period-measures';

/**
 * The year-end department ranking for a period: every active department, from the communities'
 * scores and the measured data, ranked by the shared `rankDepartments` with its weights shown.
 * Computed on each request from the rows, so it always matches the data. Unlike the departments to
 * score (`collaboration-days.ts`) it is not summed from a rollup yet: its outcomes are not final when
 * written — an open part is late or pending by `now`, a reopened appeal's assignments lose their
 * completion and get a new deadline, a tier change moves the deadline — so a rollup would need each
 * part to remember what it was counted as (to take it back when it changes) and the unsettled parts
 * read live from an index of their own.
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
    const [departments, scores, reportIns, dispatches, ratings] = await Promise.all([
      this.dataSource.getRepository(Department).find({ where: { active: true }, order: { id: 'ASC' } }),
      this.dataSource.getRepository(DepartmentScore).find({ select: { departmentId: true, score: true }, where: { periodId } }),
      this.activity.reportIns(period, now),
      this.activity.dispatches(period, now),
      this.activity.ratings(period),
    ]);
    const data = toPeriodData({ departments, scores, reportIns, dispatches, ratings });
    return { period: toPeriodInfo(period), weights: { ...RANKING_WEIGHTS }, rows: rankDepartments(data) };
  }
}
