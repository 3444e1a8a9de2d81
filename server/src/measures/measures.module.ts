import { Module } from '@nestjs/common';
import { AppealsModule } from '../appeals/appeals.module';
import { SurveysModule } from '../surveys/surveys.module';
import { MeasureCounters } from './measure-counters';
import { MeasureSettingsService } from './measure-settings.service';
import { MeasuresController } from './measures.controller';
import { MeasuresService } from './measures.service';
import { ParticipationRegistry } from './participation-registry';

/** The measures (docs/domain.md §10): their counters, kept in step with the ledger, and the figures read from them. */
@Module({
  imports: [AppealsModule, SurveysModule],
  controllers: [MeasuresController],
  providers: [MeasureCounters, MeasureSettingsService, MeasuresService, ParticipationRegistry],
  exports: [MeasuresService, ParticipationRegistry],
})
export class MeasuresModule {}
