import {
  BIRTH_YEAR_MIN,
  LIAISON_DUTIES,
  TRAINING_AUDIENCES,
  TRAINING_COURSE_WHEN,
  TRAINING_HOURS,
  VOLUNTEER_APPLICATION_STATUSES,
  VOLUNTEER_KINDS,
  VOLUNTEER_OFFERS,
  VOLUNTEER_TIMES,
  type AcceptVolunteerApplicationRequest,
  type DeclineVolunteerApplicationRequest,
  type LiaisonDuty,
  type ListTrainingCoursesQuery,
  type ListVolunteerApplicationsQuery,
  type RecordAttendanceRequest,
  type TrainingAudience,
  type TrainingCourseRequest,
  type TrainingCourseWhen,
  type VolunteerApplicationRequest,
  type VolunteerApplicationStatus,
  type VolunteerBirthYearRequest,
  type VolunteerKind,
  type VolunteerOffer,
  type VolunteerTeamQuery,
  type VolunteerTime,
} from '@lingjuli/shared';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsNumber, IsString, Matches, Max, Min } from 'class-validator';
import { DATE_YEARS, IsDateTimeWithOffset } from '../../common/validation/dates';
import { IsId } from '../../common/validation/ids';
import { IsOptionalNotNull } from '../../common/validation/presence';
import { RequiredText } from '../../common/validation/text';
import { queryInteger } from '../../common/validation/transforms';
import { Choices } from '../../common/validation/choices';

/** A birth year as a whole number; the latest year taken (this year − 14) is the service's check, by the clock. */
function BirthYear(): PropertyDecorator {
  return (target, key) => {
    IsInt()(target, key);
    Min(BIRTH_YEAR_MIN)(target, key);
    Max(DATE_YEARS.max)(target, key);
  };
}

// ---- applications ----

export class VolunteerApplicationDto implements VolunteerApplicationRequest {
  @IsIn(VOLUNTEER_KINDS)
  kind: VolunteerKind;

  @IsId()
  communityId: number;

  @RequiredText(50)
  name: string;

  /** Mobile number; stored encrypted. */
  @IsString()
  @Matches(/^1\d{10}$/)
  phone: string;

  @BirthYear()
  birthYear: number;

  @Choices(VOLUNTEER_OFFERS)
  offers: VolunteerOffer[];

  @Choices(VOLUNTEER_TIMES)
  times: VolunteerTime[];

  @IsOptionalNotNull()
  @RequiredText(100)
  timesNote?: string;

  /** Party members only (checked by the service). */
  @IsOptionalNotNull()
  @RequiredText(100)
  workUnit?: string;

  /** Party members only (checked by the service). */
  @IsOptionalNotNull()
  @RequiredText(100)
  partyOrganisation?: string;
}

export class ListVolunteerApplicationsDto implements ListVolunteerApplicationsQuery {
  @IsOptionalNotNull()
  @IsIn(VOLUNTEER_APPLICATION_STATUSES)
  status?: VolunteerApplicationStatus;

  @IsOptionalNotNull()
  @IsIn(VOLUNTEER_KINDS)
  kind?: VolunteerKind;
}

export class AcceptVolunteerApplicationDto implements AcceptVolunteerApplicationRequest {
  /** A liaison's duties (居民联系员 if left out); a party member's application takes none (checked by the service). */
  @IsOptionalNotNull()
  @Choices(LIAISON_DUTIES)
  duties?: LiaisonDuty[];
}

export class DeclineVolunteerApplicationDto implements DeclineVolunteerApplicationRequest {
  @RequiredText(500)
  reason: string;
}

// ---- training courses ----

export class TrainingCourseDto implements TrainingCourseRequest {
  @RequiredText(100)
  title: string;

  @IsOptionalNotNull()
  @RequiredText(500)
  description?: string;

  @IsDateTimeWithOffset()
  startsAt: string;

  @RequiredText(100)
  place: string;

  /** 0.5–24, to the half hour (the half hour is the service's check). */
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(TRAINING_HOURS.min)
  @Max(TRAINING_HOURS.max)
  hours: number;

  @IsIn(TRAINING_AUDIENCES)
  audience: TrainingAudience;
}

export class ListTrainingCoursesDto implements ListTrainingCoursesQuery {
  @IsOptionalNotNull()
  @IsIn(TRAINING_COURSE_WHEN)
  when?: TrainingCourseWhen;

  /** Narrows the caller's scope to one community; never widens it. */
  @IsOptionalNotNull()
  @Transform(queryInteger)
  @IsId()
  communityId?: number;
}

export class RecordAttendanceDto implements RecordAttendanceRequest {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsId({ each: true })
  userIds: number[];
}

// ---- the team ----

export class VolunteerTeamDto implements VolunteerTeamQuery {
  /** One community of the caller's scope; outside it, 404. */
  @IsOptionalNotNull()
  @Transform(queryInteger)
  @IsId()
  communityId?: number;
}

export class VolunteerBirthYearDto implements VolunteerBirthYearRequest {
  @BirthYear()
  birthYear: number;
}
