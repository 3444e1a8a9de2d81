import { Module } from '@nestjs/common';
import { HouseholdsModule } from '../households/households.module';
import { MeasuresModule } from '../measures/measures.module';
import { MeetingAccess } from './meeting-access';
import { MeetingParticipationFigures } from './meeting-participation';
import { MeetingsController } from './meetings.controller';
import { MeetingsService } from './meetings.service';

/** Residents' meetings (议事会) of the deliberation hall: scheduling, sign-up, attendance, minutes and decisions. */
@Module({
  imports: [HouseholdsModule, MeasuresModule],
  controllers: [MeetingsController],
  providers: [MeetingAccess, MeetingsService, MeetingParticipationFigures],
  exports: [MeetingsService],
})
export class MeetingsModule {}
