import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { MeetingCheckInCode, MeetingDetail, MeetingParticipantInfo, MeetingSummary } from '@lingjuli/shared';
import { Allow } from '../auth/access.decorators';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { ParseIdPipe } from '../common/validation/ids';
import { CancelMeetingDto, CheckInDto, ListMeetingsQuery, RecordMeetingAttendanceDto, SaveMinutesDto, ScheduleMeetingDto } from './dto/meetings.dto';
import { MeetingsService } from './meetings.service';

/** Residents' meetings (议事会) of the deliberation hall: scheduled by the community, attended by its residents. */
@ApiTags('meetings')
@ApiBearerAuth()
@Controller('meetings')
export class MeetingsController {
  constructor(private readonly meetings: MeetingsService) {}

  /** Schedule a meeting of the caller's community. */
  @Allow('meeting.manage')
  @Post()
  schedule(@Ctx() ctx: RequestContext, @Body() body: ScheduleMeetingDto): Promise<MeetingDetail> {
    return this.meetings.schedule(ctx, body);
  }

  /** Upcoming and recent meetings (`when=past`: those ended); a resident sees those she is invited to. */
  @Allow('meeting.read')
  @Get()
  list(@Ctx() ctx: RequestContext, @Query() query: ListMeetingsQuery): Promise<MeetingSummary[]> {
    return this.meetings.list(ctx, query);
  }

  @Allow('meeting.read')
  @Get(':id')
  get(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number): Promise<MeetingDetail> {
    return this.meetings.get(ctx, id);
  }

  /** Change the whole meeting before it starts (409 after). */
  @Allow('meeting.manage')
  @Put(':id')
  update(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number, @Body() body: ScheduleMeetingDto): Promise<MeetingDetail> {
    return this.meetings.update(ctx, id, body);
  }

  /** Cancel it before it starts; those signed up are told. */
  @Allow('meeting.manage')
  @Post(':id/cancel')
  @HttpCode(200)
  cancel(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number, @Body() body: CancelMeetingDto): Promise<MeetingDetail> {
    return this.meetings.cancel(ctx, id, body);
  }

  /** Sign up before the start (idempotent; 409 when full or started). */
  @Allow('meeting.attend')
  @Post(':id/sign-up')
  @HttpCode(200)
  signUp(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number): Promise<MeetingDetail> {
    return this.meetings.signUp(ctx, id);
  }

  /** Withdraw her sign-up before the start. */
  @Allow('meeting.attend')
  @Delete(':id/sign-up')
  withdraw(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number): Promise<MeetingDetail> {
    return this.meetings.withdraw(ctx, id);
  }

  /** Check in at the door with the meeting's code: 60 minutes before the start to the end. */
  @Allow('meeting.attend')
  @Post(':id/check-in')
  @HttpCode(200)
  checkIn(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number, @Body() body: CheckInDto): Promise<MeetingDetail> {
    return this.meetings.checkIn(ctx, id, body);
  }

  /** The door's check-in code, to show as a QR. */
  @Allow('meeting.manage')
  @Get(':id/check-in-code')
  checkInCode(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number): Promise<MeetingCheckInCode> {
    return this.meetings.checkInCode(ctx, id);
  }

  /** Who signed up and who attended. */
  @Allow('meeting.manage')
  @Get(':id/participants')
  participants(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number): Promise<MeetingParticipantInfo[]> {
    return this.meetings.participants(ctx, id);
  }

  /** Record people present (idempotent). */
  @Allow('meeting.manage')
  @Post(':id/attendance')
  @HttpCode(200)
  recordAttendance(
    @Ctx() ctx: RequestContext,
    @Param('id', ParseIdPipe) id: number,
    @Body() body: RecordMeetingAttendanceDto,
  ): Promise<MeetingParticipantInfo[]> {
    return this.meetings.recordAttendance(ctx, id, body);
  }

  /** Take back a wrong attendance. */
  @Allow('meeting.manage')
  @Delete(':id/attendance/:userId')
  @HttpCode(204)
  removeAttendance(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number, @Param('userId', ParseIdPipe) userId: number): Promise<void> {
    return this.meetings.removeAttendance(ctx, id, userId);
  }

  /** Save the minutes and decisions as a draft (as often as needed, until published). */
  @Allow('meeting.manage')
  @Put(':id/minutes')
  saveMinutes(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number, @Body() body: SaveMinutesDto): Promise<MeetingDetail> {
    return this.meetings.saveMinutes(ctx, id, body);
  }

  /** Publish the minutes after the meeting: residents see them, linked appeals' residents are told; fixed from then on. */
  @Allow('meeting.manage')
  @Post(':id/minutes/publish')
  @HttpCode(200)
  publishMinutes(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number): Promise<MeetingDetail> {
    return this.meetings.publishMinutes(ctx, id);
  }
}
