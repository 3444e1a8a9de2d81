import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganisationModule } from '../organisation/organisation.module';
import { UploadsModule } from '../uploads/uploads.module';
import { AppealActionsController } from './appeal-actions.controller';
import { AppealActionsService } from './appeal-actions.service';
import { AppealEndings } from './appeal-endings.service';
import { AppealErasure } from './appeal-erasure.service';
import { AppealIntakeService } from './appeal-intake.service';
import { AppealQueriesService } from './appeal-queries.service';
import { AppealScope } from './appeal-scope.service';
import { AppealSupportService } from './appeal-support.service';
import { AppealsController } from './appeals.controller';
import { Appeal } from './entities/appeal.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Appeal]), UploadsModule, OrganisationModule],
  controllers: [AppealsController, AppealActionsController],
  providers: [AppealScope, AppealEndings, AppealIntakeService, AppealActionsService, AppealQueriesService, AppealSupportService, AppealErasure],
  // The one scope rule for appeals, for the six powers that work on an appeal (whistles, task forces);
  // what ends with an appeal, for them to add to (and for the timers' auto-close to run); a resident's
  // erasure, for the account it closes.
  exports: [AppealScope, AppealEndings, AppealErasure],
})
export class AppealsModule {}
