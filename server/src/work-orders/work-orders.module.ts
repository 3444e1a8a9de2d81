import { Module } from '@nestjs/common';
import { AppealsModule } from '../appeals/appeals.module';
import { WorkOrderImportService } from './work-order-import.service';
import { WorkOrderMappingService } from './work-order-mapping.service';
import { WorkOrderRepliesService } from './work-order-replies.service';
import { WorkOrdersController } from './work-orders.controller';

/** 12345 work orders (接诉即办, docs/integration.md): the city's batches in through the ordinary intake, the replies out. */
@Module({
  imports: [AppealsModule],
  controllers: [WorkOrdersController],
  providers: [WorkOrderMappingService, WorkOrderImportService, WorkOrderRepliesService],
})
export class WorkOrdersModule {}
