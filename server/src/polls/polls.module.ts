import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HouseholdsModule } from '../households/households.module';
import { MeasuresModule } from '../measures/measures.module';
import { PollAccess } from './poll-access';
import { PollAdoption } from './poll-adoption.entity';
import { PollAudience } from './poll-audience';
import { PollBuilding, PollInvitee } from './poll-audience.entity';
import { PollBallot } from './poll-ballot.entity';
import { PollCloseTimer } from './poll-close.timer';
import { PollClosing } from './poll-closing';
import { PollOption } from './poll-option.entity';
import { PollParticipationFigures } from './poll-participation';
import { PollParticipation } from './poll-participation.entity';
import { PollQuestion } from './poll-question.entity';
import { Poll } from './poll.entity';
import { PollsController } from './polls.controller';
import { PollsService } from './polls.service';

/** Polls and questionnaires of the deliberation hall (征求意见 / 问卷, docs/domain.md "The deliberation hall"). */
@Module({
  imports: [
    TypeOrmModule.forFeature([Poll, PollQuestion, PollOption, PollBuilding, PollInvitee, PollParticipation, PollBallot, PollAdoption]),
    HouseholdsModule,
    MeasuresModule,
  ],
  controllers: [PollsController],
  providers: [PollAccess, PollAudience, PollClosing, PollCloseTimer, PollsService, PollParticipationFigures],
  exports: [PollsService],
})
export class PollsModule {}
