import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { TrainingCourseDetail, TrainingCourseInfo, VolunteerApplicationInfo, VolunteerInfo, VolunteerTeam } from '@lingjuli/shared';
import { Allow } from '../auth/access.decorators';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { ParseIdPipe } from '../common/validation/ids';
import {
  AcceptVolunteerApplicationDto,
  DeclineVolunteerApplicationDto,
  ListTrainingCoursesDto,
  ListVolunteerApplicationsDto,
  RecordAttendanceDto,
  TrainingCourseDto,
  VolunteerApplicationDto,
  VolunteerBirthYearDto,
  VolunteerTeamDto,
} from './dto/volunteers.dto';
import { TrainingCoursesService } from './training-courses.service';
import { VolunteerApplicationsService } from './volunteer-applications.service';
import { VolunteerTeamService } from './volunteer-team.service';

/** Residents apply to serve as a liaison (民情专员) or register as a party member (双报到); the community reviews. */
@ApiTags('volunteers')
@ApiBearerAuth()
@Controller('volunteer-applications')
export class VolunteerApplicationsController {
  constructor(private readonly applications: VolunteerApplicationsService) {}

  /** Apply to the community: one pending application per person and kind. Its staff are told. */
  @Allow('volunteerApplication.apply')
  @Post()
  apply(@Ctx() ctx: RequestContext, @Body() body: VolunteerApplicationDto): Promise<VolunteerApplicationInfo> {
    return this.applications.apply(ctx, body);
  }

  /** Her own applications and where they stand, newest first. */
  @Allow('volunteerApplication.apply')
  @Get('mine')
  mine(@Ctx() ctx: RequestContext): Promise<VolunteerApplicationInfo[]> {
    return this.applications.mine(ctx);
  }

  /** The applications to the caller's community (`status=pending`: the queue, oldest first). */
  @Allow('volunteerApplication.review')
  @Get()
  list(@Ctx() ctx: RequestContext, @Query() query: ListVolunteerApplicationsDto): Promise<VolunteerApplicationInfo[]> {
    return this.applications.list(ctx, query);
  }

  @Allow('volunteerApplication.read')
  @Get(':id')
  get(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number): Promise<VolunteerApplicationInfo> {
    return this.applications.get(ctx, id);
  }

  /** Take her on: a liaison's account becomes one with her registry entry; a party member is registered. She is told. */
  @Allow('volunteerApplication.review')
  @Post(':id/accept')
  @HttpCode(200)
  accept(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number, @Body() body: AcceptVolunteerApplicationDto): Promise<VolunteerApplicationInfo> {
    return this.applications.accept(ctx, id, body);
  }

  /** Decline, with the reason she is told. */
  @Allow('volunteerApplication.review')
  @Post(':id/decline')
  @HttpCode(200)
  decline(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number, @Body() body: DeclineVolunteerApplicationDto): Promise<VolunteerApplicationInfo> {
    return this.applications.decline(ctx, id, body);
  }

  /** The applicant takes back her pending application. */
  @Allow('volunteerApplication.apply')
  @Post(':id/withdraw')
  @HttpCode(200)
  withdraw(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number): Promise<VolunteerApplicationInfo> {
    return this.applications.withdraw(ctx, id);
  }
}

/** Training courses: scheduled by the community, signed up for by its volunteers, attendance recorded. */
@ApiTags('volunteers')
@ApiBearerAuth()
@Controller('training-courses')
export class TrainingCoursesController {
  constructor(private readonly courses: TrainingCoursesService) {}

  @Allow('trainingCourse.manage')
  @Post()
  schedule(@Ctx() ctx: RequestContext, @Body() body: TrainingCourseDto): Promise<TrainingCourseDetail> {
    return this.courses.schedule(ctx, body);
  }

  /** `when=upcoming` (default, soonest first) or `past` (newest first); a volunteer sees the courses meant for her. */
  @Allow('trainingCourse.read')
  @Get()
  list(@Ctx() ctx: RequestContext, @Query() query: ListTrainingCoursesDto): Promise<TrainingCourseInfo[]> {
    return this.courses.list(ctx, query);
  }

  @Allow('trainingCourse.read')
  @Get(':id')
  get(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number): Promise<TrainingCourseDetail> {
    return this.courses.get(ctx, id);
  }

  /** Sign up, until the course starts (again: no change). */
  @Allow('trainingCourse.signUp')
  @Post(':id/sign-up')
  @HttpCode(200)
  signUp(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number): Promise<TrainingCourseDetail> {
    return this.courses.signUp(ctx, id);
  }

  @Allow('trainingCourse.signUp')
  @Delete(':id/sign-up')
  signOff(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number): Promise<TrainingCourseDetail> {
    return this.courses.signOff(ctx, id);
  }

  /** Who came (volunteers of the community), once it has started; each goes on her training record once. */
  @Allow('trainingCourse.manage')
  @Post(':id/attendance')
  @HttpCode(200)
  recordAttendance(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number, @Body() body: RecordAttendanceDto): Promise<TrainingCourseDetail> {
    return this.courses.recordAttendance(ctx, id, body);
  }
}

/** The volunteer team: its counts and age mix, its roster, and a birth year recorded by the staff. */
@ApiTags('volunteers')
@ApiBearerAuth()
@Controller('volunteers')
export class VolunteerTeamController {
  constructor(private readonly team: VolunteerTeamService) {}

  /** Counts by kind, active, trained in the last 12 months and by age band: per community of the scope, and their sum. */
  @Allow('volunteer.team')
  @Get('team')
  getTeam(@Ctx() ctx: RequestContext, @Query() query: VolunteerTeamDto): Promise<VolunteerTeam> {
    return this.team.team(ctx, query);
  }

  @Allow('volunteer.roster')
  @Get()
  list(@Ctx() ctx: RequestContext, @Query() query: VolunteerTeamDto): Promise<VolunteerInfo[]> {
    return this.team.list(ctx, query);
  }

  @Allow('volunteer.manage')
  @Put(':userId/birth-year')
  recordBirthYear(@Ctx() ctx: RequestContext, @Param('userId', ParseIdPipe) userId: number, @Body() body: VolunteerBirthYearDto): Promise<VolunteerInfo> {
    return this.team.recordBirthYear(ctx, userId, body);
  }
}
