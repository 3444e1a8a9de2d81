import { Module } from '@nestjs/common';
import { AppealsModule } from '../appeals/appeals.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { WhistleAccess } from './whistle-access';
import { WhistleQueriesService } from './whistle-queries.service';
import { WhistleReportInTimer } from './whistle-report-in.timer';
import { WhistlesController } from './whistles.controller';
import { WhistlesService } from './whistles.service';

/** The whistles part of the six powers (docs/domain.md §8.1). */
@Module({
  imports: [AppealsModule, NotificationsModule, OrganisationModule],
  controllers: [WhistlesController],
  providers: [WhistleAccess, WhistlesService, WhistleQueriesService, WhistleReportInTimer],
  exports: [WhistleQueriesService],
})
export class WhistlesModule {}
