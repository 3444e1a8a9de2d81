import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganisationModule } from '../organisation/organisation.module';
import { ContentSecurityModule } from '../content-security/content-security.module';
import { UploadsModule } from '../uploads/uploads.module';
import { AppealAccess } from './appeal-access';
import { AppealActionsController } from './appeal-actions.controller';
import { AppealActionsService } from './appeal-actions.service';
import { AppealDeadlines } from './appeal-deadlines';
import { AppealEndings } from './appeal-endings.service';
import { AppealErasure } from './appeal-erasure.service';
import { AppealIntakeService } from './appeal-intake.service';
import { AppealInvolvements } from './appeal-involvements';
import { AppealQueriesService } from './appeal-queries.service';
import { AppealSupportService } from './appeal-support.service';
import { AppealTimers } from './appeal-timers.service';
import { AppealsController } from './appeals.controller';
import { Appeal } from './entities/appeal.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Appeal]), UploadsModule, OrganisationModule, ContentSecurityModule],
  controllers: [AppealsController, AppealActionsController],
  providers: [
    AppealAccess,
    AppealEndings,
    AppealDeadlines,
    AppealInvolvements,
    AppealIntakeService,
    AppealActionsService,
    AppealQueriesService,
    AppealSupportService,
    AppealErasure,
    AppealTimers,
  ],
  // (The appeal's access rule is registered with the AccessService, for every feature to use.)
  // What ends with an appeal, for the powers that work on one to add to (whistles); a resident's
  // erasure, for the account it closes; the appeal's timers, for writes elsewhere that move its deadlines
  // (a task force) and for the task force a breach names; a department's involvement, for the powers
  // that involve one (whistles, task forces); the queries, for a liaison's record (liaisons); the
  // deadlines' ledger, for a task force's public note; intake, for the appeals other systems file (open311).
  exports: [AppealDeadlines, AppealEndings, AppealErasure, AppealTimers, AppealInvolvements, AppealQueriesService, AppealIntakeService],
})
export class AppealsModule {}
