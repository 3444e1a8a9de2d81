import { Module } from '@nestjs/common';
import { AppealScope } from '../appeals/appeal-scope.service';
import { NotificationsModule } from '../notifications/notifications.module';
import { WhistleQueriesService } from './whistle-queries.service';
import { WhistleScope } from './whistle-scope.service';
import { WhistlesController } from './whistles.controller';
import { WhistlesService } from './whistles.service';

/**
 * The whistles part of the six powers (design §5). AppealScope is stateless and AppealsModule does
 * not export it, so this module has its own instance of the one scope rule.
 */
@Module({
  imports: [NotificationsModule],
  controllers: [WhistlesController],
  providers: [WhistlesService, WhistleQueriesService, WhistleScope, AppealScope],
  exports: [WhistleQueriesService],
})
export class WhistlesModule {}
