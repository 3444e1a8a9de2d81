import { Module } from '@nestjs/common';
import { AppealsModule } from '../appeals/appeals.module';
import { LiaisonCounters } from './liaison-counters';
import { LiaisonsController, MyRecordController } from './liaisons.controller';
import { LiaisonsService } from './liaisons.service';

/** The liaison registry of the six powers (docs/domain.md §9, §8.6). */
@Module({
  imports: [AppealsModule],
  controllers: [LiaisonsController, MyRecordController],
  providers: [LiaisonsService, LiaisonCounters],
  exports: [LiaisonsService],
})
export class LiaisonsModule {}
