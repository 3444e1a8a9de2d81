import { Module } from '@nestjs/common';
import { AppealsModule } from '../appeals/appeals.module';
import { WhistlesModule } from '../whistles/whistles.module';
import { TaskForceQueriesService } from './task-force-queries.service';
import { TaskForcesController } from './task-forces.controller';
import { TaskForcesService } from './task-forces.service';

/**
 * The task-forces part of the six powers (docs/domain.md §6.3, §8.4), and the coordination view of an appeal.
 */
@Module({
  imports: [AppealsModule, WhistlesModule],
  controllers: [TaskForcesController],
  providers: [TaskForcesService, TaskForceQueriesService],
})
export class TaskForcesModule {}
