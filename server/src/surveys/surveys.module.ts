import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SurveyAccess } from './survey-access';
import { SurveyAnswer } from './survey-answer.entity';
import { SurveyCommunity } from './survey-community.entity';
import { SurveyEntry } from './survey-entry.entity';
import { SurveyQuestion } from './survey-question.entity';
import { SurveyResultsService } from './survey-results.service';
import { Survey } from './survey.entity';
import { SurveysController } from './surveys.controller';
import { SurveysService } from './surveys.service';

/** Door-to-door satisfaction surveys (入户调查, docs/domain.md, "Door-to-door surveys"); their headlines go beside the appeal ratings in the measures. */
@Module({
  imports: [TypeOrmModule.forFeature([Survey, SurveyQuestion, SurveyCommunity, SurveyEntry, SurveyAnswer])],
  controllers: [SurveysController],
  providers: [SurveyAccess, SurveysService, SurveyResultsService],
  exports: [SurveyResultsService],
})
export class SurveysModule {}
