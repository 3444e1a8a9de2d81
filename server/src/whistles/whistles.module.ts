import { Module } from '@nestjs/common';
import { AppealsModule } from '../appeals/appeals.module';
import { WhistleAccess } from './whistle-access';
import { WhistleQueriesService } from './whistle-queries.service';
import { WhistleReportInTimer } from './whistle-report-in.timer';
import { WhistlesController } from './whistles.controller';
import { WhistlesService } from './whistles.service';

/** The whistles part of the six powers (docs/domain.md §8.1). */
@Module({
  imports: [AppealsModule],
  controllers: [WhistlesController],
  providers: [WhistleAccess, WhistlesService, WhistleQueriesService, WhistleReportInTimer],
  exports: [WhistleQueriesService],
})
export class WhistlesModule {}
