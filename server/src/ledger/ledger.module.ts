import { Module } from '@nestjs/common';
import { MeasuresModule } from '../measures/measures.module';
import { LedgerAccess } from './ledger-access';
import { LedgerController } from './ledger.controller';
import { LedgerReader } from './ledger-reader';
import { LedgerService } from './ledger.service';

/**
 * The ledger export (台账, docs/architecture.md "The ledger export"). `LedgerService.prepare` takes
 * further sheets (`LedgerSheetWriter`) for a feature that adds one.
 */
@Module({
  imports: [MeasuresModule],
  controllers: [LedgerController],
  providers: [LedgerAccess, LedgerReader, LedgerService],
  exports: [LedgerService],
})
export class LedgerModule {}
