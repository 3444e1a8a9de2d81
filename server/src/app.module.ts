import { type DynamicModule, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { AccessModule } from './access/access.module';
import { AppealsModule } from './appeals/appeals.module';
import { AuthModule } from './auth/auth.module';
import { RequestLoggerMiddleware } from './common/logging/request-logger.middleware';
import { ConfigModule, type ConfigOverrides } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { EventsModule } from './events/events.module';
import { HealthController } from './health/health.controller';
import { OrganisationModule } from './organisation/organisation.module';
import { NotificationsModule } from './notifications/notifications.module';
import { PostersModule } from './posters/posters.module';
import { StorageModule } from './storage/storage.module';
import { TimersModule } from './timers/timers.module';
import { UploadsModule } from './uploads/uploads.module';
import { UsersModule } from './users/users.module';
import { WhistlesModule } from './whistles/whistles.module';
import { TaskForcesModule } from './task-forces/task-forces.module';
import { ProjectsModule } from './projects/projects.module';
import { EvaluationModule } from './evaluation/evaluation.module';
import { MeasuresModule } from './measures/measures.module';
import { VisitTasksModule } from './visit-tasks/visit-tasks.module';
import { ManagementModule } from './management/management.module';
import { LiaisonsModule } from './liaisons/liaisons.module';
import { RewardsModule } from './rewards/rewards.module';
import { RateLimitModule } from './rate-limit/rate-limit.module';
import { LedgerModule } from './ledger/ledger.module';
import { WaitingModule } from './waiting/waiting.module';
import { WorkOrdersModule } from './work-orders/work-orders.module';
import { Open311Module } from './open311/open311.module';
import { VolunteersModule } from './volunteers/volunteers.module';
import { SurveysModule } from './surveys/surveys.module';
import { CampaignsModule } from './campaigns/campaigns.module';
import { MeetingsModule } from './meetings/meetings.module';
import { HouseholdsModule } from './households/households.module';
import { PollsModule } from './polls/polls.module';

/** The whole server. `forRoot` takes the configuration and clock, so tests and scripts can supply their own. */
@Module({})
export class AppModule implements NestModule {
  static forRoot(overrides: ConfigOverrides = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(overrides),
        DatabaseModule,
        EventsModule,
        RateLimitModule,
        StorageModule,
        AuthModule,
        AccessModule,
        OrganisationModule,
        UsersModule,
        UploadsModule,
        AppealsModule,
        PostersModule,
        NotificationsModule,
        TimersModule,
        WhistlesModule,
        TaskForcesModule,
        ProjectsModule,
        EvaluationModule,
        MeasuresModule,
        VisitTasksModule,
        ManagementModule,
        LiaisonsModule,
        RewardsModule,
        LedgerModule,
        WaitingModule,
        WorkOrdersModule,
        Open311Module,
        VolunteersModule,
        SurveysModule,
        CampaignsModule,
        MeetingsModule,
        HouseholdsModule,
        PollsModule,
      ],
      controllers: [HealthController],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestLoggerMiddleware).forRoutes('*path');
  }
}
