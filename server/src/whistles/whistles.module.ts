import { Module } from '@nestjs/common';
import { AppealsModule } from '../appeals/appeals.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { WhistleQueriesService } from './whistle-queries.service';
import { WhistleScope } from './whistle-scope.service';
import { WhistlesController } from './whistles.controller';
import { WhistlesService } from './whistles.service';

/** The whistles part of the six powers (docs/domain.md §8.1). */
@Module({
  imports: [AppealsModule, NotificationsModule],
  controllers: [WhistlesController],
  providers: [WhistlesService, WhistleQueriesService, WhistleScope],
  exports: [WhistleQueriesService],
})
export class WhistlesModule {}
