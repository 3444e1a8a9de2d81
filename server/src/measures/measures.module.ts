import { Module } from '@nestjs/common';
import { AppealsModule } from '../appeals/appeals.module';
import { MeasureCounters } from './measure-counters';

/** The measures (docs/domain.md §10): their counters, kept in step with the ledger, and the figures read from them. */
@Module({
  imports: [AppealsModule],
  providers: [MeasureCounters],
})
export class MeasuresModule {}
