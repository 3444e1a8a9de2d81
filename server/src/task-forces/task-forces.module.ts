import { Module } from '@nestjs/common';
import { AppealScope } from '../appeals/appeal-scope.service';
import { NotificationsModule } from '../notifications/notifications.module';
import { WhistlesModule } from '../whistles/whistles.module';
import { TaskForceQueriesService } from './task-force-queries.service';
import { TaskForcesController } from './task-forces.controller';
import { TaskForcesService } from './task-forces.service';

/**
 * The task-forces part of the six powers (design §4.4, §5), and the coordination view of an appeal.
 * AppealScope is stateless and AppealsModule does not export it, so this module has its own instance.
 */
@Module({
  imports: [WhistlesModule, NotificationsModule],
  controllers: [TaskForcesController],
  providers: [TaskForcesService, TaskForceQueriesService, AppealScope],
})
export class TaskForcesModule {}
