import {
  AUDIENCES,
  MEETING_LIMITS,
  type Audience,
  type CancelMeetingRequest,
  type CheckInRequest,
  type DecisionRequest,
  type MeetingListQuery,
  type RecordMeetingAttendanceRequest,
  type SaveMinutesRequest,
  type ScheduleMeetingRequest,
} from '@lingjuli/shared';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsDateTimeWithOffset } from '../../common/validation/dates';
import { IdList, IsId } from '../../common/validation/ids';
import { IsOptionalNotNull } from '../../common/validation/presence';
import { RequiredText } from '../../common/validation/text';
import { queryInteger, trimEach } from '../../common/validation/transforms';

export class ScheduleMeetingDto implements ScheduleMeetingRequest {
  @RequiredText(MEETING_LIMITS.topic)
  topic: string;

  /** Not in the past; checked by the service against the clock. */
  @IsDateTimeWithOffset()
  startsAt: string;

  /** After the start, at most a day later (the service). */
  @IsDateTimeWithOffset()
  endsAt: string;

  @RequiredText(MEETING_LIMITS.place)
  place: string;

  @Transform(trimEach)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MEETING_LIMITS.agendaItems)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(MEETING_LIMITS.agendaItem, { each: true })
  agenda: string[];

  @IsIn(AUDIENCES)
  audience: Audience;

  /** For `buildings`: the community's buildings (the service). */
  @IsOptionalNotNull()
  @IdList(MEETING_LIMITS.buildings)
  buildingIds?: number[];

  /** For `invited`: residents or liaisons of the community (the service). */
  @IsOptionalNotNull()
  @IdList(MEETING_LIMITS.invited)
  invitedUserIds?: number[];

  @IsOptionalNotNull()
  @IsInt()
  @Min(MEETING_LIMITS.capacity.min)
  @Max(MEETING_LIMITS.capacity.max)
  capacity?: number;
}

export class CancelMeetingDto implements CancelMeetingRequest {
  @IsOptionalNotNull()
  @RequiredText(MEETING_LIMITS.cancelReason)
  reason?: string;
}

export class ListMeetingsQuery implements MeetingListQuery {
  @IsOptionalNotNull()
  @IsIn(['current', 'past'])
  when?: 'current' | 'past';

  @IsOptionalNotNull()
  @Transform(queryInteger)
  @IsId()
  communityId?: number;
}

export class CheckInDto implements CheckInRequest {
  /** Anything but the meeting's code is the 404 of a wrong code. */
  @RequiredText(200)
  code: string;
}

export class RecordMeetingAttendanceDto implements RecordMeetingAttendanceRequest {
  @IdList(MEETING_LIMITS.attendance, 1)
  userIds: number[];
}

export class DecisionDto implements DecisionRequest {
  @RequiredText(MEETING_LIMITS.decisionText)
  text: string;

  @IsOptionalNotNull()
  @IsBoolean()
  adopted?: boolean;

  /** Appeals of the meeting's community (the service). */
  @IsOptionalNotNull()
  @IdList(MEETING_LIMITS.appealsPerDecision)
  appealIds?: number[];
}

export class SaveMinutesDto implements SaveMinutesRequest {
  @RequiredText(MEETING_LIMITS.minutes)
  minutes: string;

  @IsArray()
  @ArrayMaxSize(MEETING_LIMITS.decisions)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => DecisionDto)
  decisions: DecisionDto[];
}
