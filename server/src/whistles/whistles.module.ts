import { Module } from '@nestjs/common';
import { AppealsModule } from '../appeals/appeals.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { WhistleQueriesService } from './whistle-queries.service';
import { WhistleReportInTimer } from './whistle-report-in.timer';
import { WhistleScope } from './whistle-scope.service';
import { WhistlesController } from './whistles.controller';
import { WhistlesService } from './whistles.service';

/** The whistles part of the six powers (design §5). */
@Module({
  imports: [AppealsModule, NotificationsModule, OrganisationModule],
  controllers: [WhistlesController],
  providers: [WhistlesService, WhistleQueriesService, WhistleScope, WhistleReportInTimer],
  exports: [WhistleQueriesService],
})
export class WhistlesModule {}
