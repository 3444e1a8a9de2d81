import { Module } from '@nestjs/common';
import { LiaisonCounters } from './liaison-counters';
import { LiaisonsController } from './liaisons.controller';
import { LiaisonsService } from './liaisons.service';

/** The liaison registry of the six powers (docs/domain.md §9, §8.6). */
@Module({
  controllers: [LiaisonsController],
  providers: [LiaisonsService, LiaisonCounters],
  exports: [LiaisonsService],
})
export class LiaisonsModule {}
