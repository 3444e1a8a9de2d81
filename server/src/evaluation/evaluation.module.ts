import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppealsModule } from '../appeals/appeals.module';
import { CollaborationDays } from './collaboration-days';
import { DepartmentRankingService } from './department-ranking.service';
import { DepartmentScore } from './department-score.entity';
import { EvaluationController } from './evaluation.controller';
import { EvaluationPeriod } from './evaluation-period.entity';
import { EvaluationService } from './evaluation.service';
import { OutcomeDays } from './outcome-days';
import { PeriodActivity } from './period-activity.service';
import { PeriodCounts } from './period-counts.service';
import { RatingDays } from './rating-days';

/** 考评权 (docs/domain.md §8.3): evaluation periods, communities' scores of departments, and the ranking. */
@Module({
  imports: [AppealsModule, TypeOrmModule.forFeature([EvaluationPeriod, DepartmentScore])],
  controllers: [EvaluationController],
  providers: [EvaluationService, DepartmentRankingService, PeriodActivity, PeriodCounts, CollaborationDays, RatingDays, OutcomeDays],
  exports: [EvaluationService, DepartmentRankingService],
})
export class EvaluationModule {}
