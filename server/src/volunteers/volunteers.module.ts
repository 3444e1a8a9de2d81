import { Module } from '@nestjs/common';
import { LiaisonsModule } from '../liaisons/liaisons.module';
import { MeasuresModule } from '../measures/measures.module';
import { TrainingCoursesService } from './training-courses.service';
import { VolunteerAccess } from './volunteer-access';
import { VolunteerApplicationsService } from './volunteer-applications.service';
import { VolunteerErasure } from './volunteer-erasure';
import { VolunteerParticipation } from './volunteer-participation';
import { VolunteerRoster } from './volunteer-roster';
import { VolunteerTeamService } from './volunteer-team.service';
import { TrainingCoursesController, VolunteerApplicationsController, VolunteerTeamController } from './volunteers.controller';

/** The volunteers (docs/domain.md §9): applications, training courses with attendance, the team and its age mix. */
@Module({
  imports: [LiaisonsModule, MeasuresModule],
  controllers: [VolunteerApplicationsController, TrainingCoursesController, VolunteerTeamController],
  providers: [
    VolunteerAccess,
    VolunteerRoster,
    VolunteerApplicationsService,
    TrainingCoursesService,
    VolunteerTeamService,
    VolunteerParticipation,
    VolunteerErasure,
  ],
})
export class VolunteersModule {}
