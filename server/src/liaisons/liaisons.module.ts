import { Module } from '@nestjs/common';
import { LiaisonsController } from './liaisons.controller';
import { LiaisonsService } from './liaisons.service';

/** The liaison registry of the six powers (design §5). */
@Module({
  controllers: [LiaisonsController],
  providers: [LiaisonsService],
  exports: [LiaisonsService],
})
export class LiaisonsModule {}
