import { Module } from '@nestjs/common';
import { AppealsModule } from '../appeals/appeals.module';
import { WhistleQueriesService } from './whistle-queries.service';
import { WhistleScope } from './whistle-scope.service';
import { WhistlesController } from './whistles.controller';
import { WhistlesService } from './whistles.service';

/** The whistles part of the six powers (design §5). */
@Module({
  imports: [AppealsModule],
  controllers: [WhistlesController],
  providers: [WhistlesService, WhistleQueriesService, WhistleScope],
  exports: [WhistleQueriesService],
})
export class WhistlesModule {}
