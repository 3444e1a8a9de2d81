import { Module } from '@nestjs/common';
import { VisitTaskAccess } from './visit-task-access';
import { VisitTasksController } from './visit-tasks.controller';
import { VisitTasksService } from './visit-tasks.service';

/** Liaison visits to hot spots (未诉即办, docs/domain.md §9). */
@Module({
  controllers: [VisitTasksController],
  providers: [VisitTaskAccess, VisitTasksService],
})
export class VisitTasksModule {}
