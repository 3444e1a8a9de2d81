import { Module } from '@nestjs/common';
import { RewardAccess } from './reward-access';
import { RewardsController } from './rewards.controller';
import { RewardsService } from './rewards.service';

/** 自主支配权 of the six powers (docs/domain.md §8.6): reward requests for liaisons. */
@Module({
  controllers: [RewardsController],
  providers: [RewardAccess, RewardsService],
  exports: [RewardsService],
})
export class RewardsModule {}
