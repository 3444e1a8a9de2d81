import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HouseholdAccess } from './household-access';
import { HouseholdErasure } from './household-erasure';
import { Household } from './household.entity';
import { HouseholdsController, MyHouseholdController } from './households.controller';
import { HouseholdsService } from './households.service';
import { ResidentHousehold } from './resident-household.entity';

/** Households (户): the flat a resident states once, verified by her community; the ballot unit of polls. */
@Module({
  imports: [TypeOrmModule.forFeature([Household, ResidentHousehold])],
  controllers: [MyHouseholdController, HouseholdsController],
  providers: [HouseholdAccess, HouseholdErasure, HouseholdsService],
  exports: [HouseholdsService],
})
export class HouseholdsModule {}
