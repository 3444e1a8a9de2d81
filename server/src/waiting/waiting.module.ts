import { Module } from '@nestjs/common';
import { AppealsModule } from '../appeals/appeals.module';
import { EvaluationModule } from '../evaluation/evaluation.module';
import { WaitingController } from './waiting.controller';
import { WaitingService } from './waiting.service';

/** What waits for the community secretary, across appeals, rewards and evaluation (it reads them; none imports it). */
@Module({
  imports: [AppealsModule, EvaluationModule],
  controllers: [WaitingController],
  providers: [WaitingService],
})
export class WaitingModule {}
