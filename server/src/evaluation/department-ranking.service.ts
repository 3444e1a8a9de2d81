import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RANKING_WEIGHTS, rankDepartments, type DepartmentRanking } from '@lingjuli/shared';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { Department } from '../organisation/department.entity';
import { DepartmentScore } from './department-score.entity';
import { EvaluationService, toPeriodInfo } from './evaluation.service';
import { PeriodCounts } from './period-counts.service';
import { toPeriodData } from './period-measures';

/**
 * The year-end department ranking for a period: every active department, from the communities'
 * scores and the measured data of every community (`PeriodCounts`), ranked by the shared
 * `rankDepartments` with its weights shown.
 */
@Injectable()
export class DepartmentRankingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly evaluation: EvaluationService,
    private readonly counts: PeriodCounts,
  ) {}

  async ranking(periodId: number): Promise<DepartmentRanking> {
    const period = await this.evaluation.findPeriod(periodId);
    const [departments, scores, facts] = await Promise.all([
      this.dataSource.getRepository(Department).find({ where: { active: true }, order: { id: 'ASC' } }),
      this.dataSource.getRepository(DepartmentScore).find({ select: { departmentId: true, score: true }, where: { periodId } }),
      this.counts.facts(period, this.clock.now()),
    ]);
    return { period: toPeriodInfo(period), weights: { ...RANKING_WEIGHTS }, rows: rankDepartments(toPeriodData({ departments, scores, ...facts })) };
  }
}
