import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ManagementAccess } from './management-access';
import { ManagementController } from './management.controller';
import { ManagementItem } from './management-item.entity';
import { ManagementService } from './management.service';

/** 管理权 (docs/domain.md §8.5): the per-community list of management powers and resources. */
@Module({
  imports: [TypeOrmModule.forFeature([ManagementItem])],
  controllers: [ManagementController],
  providers: [ManagementAccess, ManagementService],
  exports: [ManagementService],
})
export class ManagementModule {}
