import { randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  COMMUNITY_ROLES,
  MEETING_CHECK_IN_OPENS_MINUTES,
  MEETING_LIMITS,
  MEETING_RECENT_DAYS,
  checkInState,
  checkInWindow,
  decisionOutcomeLabel,
  formatShanghaiDate,
  formatShanghaiDateTime,
  isBeforeStart,
  meetingAudienceIncludes,
  meetingCheckInPayload,
  type AudienceRule,
  type MeetingCheckInCode,
  type MeetingDetail,
  type MeetingParticipantInfo,
  type MeetingParticipation,
  type MeetingSummary,
} from '@lingjuli/shared';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import { Appeal } from '../appeals/entities/appeal.entity';
import { appendTimeline } from '../appeals/timeline';
import { Clock } from '../common/clock/clock';
import type { RequestContext } from '../common/context/request-context';
import { conflict, forbidden, invalidField, notFound } from '../common/errors/app-error';
import { isUniqueViolation } from '../database/db-errors';
import { UnitOfWork } from '../database/unit-of-work';
import { EventBus } from '../events/event-bus';
import { HouseholdsService } from '../households/households.service';
import { Building } from '../organisation/building.entity';
import { toPerson, toPersonRef } from '../users/user.mapper';
import type { CancelMeetingDto, CheckInDto, ListMeetingsQuery, RecordMeetingAttendanceDto, SaveMinutesDto, ScheduleMeetingDto } from './dto/meetings.dto';
import { MeetingAttendance } from './entities/meeting-attendance.entity';
import { MeetingBuilding } from './entities/meeting-building.entity';
import { MeetingDecisionAppeal } from './entities/meeting-decision-appeal.entity';
import { MeetingDecision } from './entities/meeting-decision.entity';
import { MeetingInvitee } from './entities/meeting-invitee.entity';
import { MeetingSignUp } from './entities/meeting-sign-up.entity';
import { Meeting } from './entities/meeting.entity';
import { meetingNotFound } from './meeting-access';
import { toDecisionInfo, toMeetingSummary } from './meeting.mapper';
import { PARTICIPANT_ROLES, knownPeople } from './meeting-participants';

const DAY = 24 * 3600_000;
const HOUR = 3600_000;
/** A list's length at most (a community holds a few meetings a month). */
const LIST_LIMIT = 100;

/** Who the meeting is for, as checked and stored. */
interface Plan {
  startsAt: Date;
  endsAt: Date;
  buildingIds: number[];
  invitedUserIds: number[];
}

const notInCommunity = (field: string) => invalidField(field, '请选择本社区已登记住址的居民或民情专员');

/**
 * Residents' meetings (议事会) of the deliberation hall (docs/domain.md "The deliberation hall"). The
 * community's staff schedule a meeting for all its households, some buildings or people by name;
 * residents of the audience sign up before it starts and check in at the door with its code (or staff
 * record them); afterwards staff write the minutes and decisions, as drafts, then publish them in one
 * transaction that puts a line on each linked appeal's timeline and tells its residents. Every write is
 * one transaction with the meeting's row locked.
 */
@Injectable()
export class MeetingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly access: AccessService,
    private readonly households: HouseholdsService,
    private readonly events: EventBus,
  ) {}

  // ---- staff: schedule, change, cancel ----

  async schedule(ctx: RequestContext, input: ScheduleMeetingDto): Promise<MeetingDetail> {
    const communityId = staffCommunity(ctx);
    const id = await this.uow.run(async (em) => {
      const now = this.clock.now();
      const plan = await this.plan(em, communityId, input, now);
      const meeting = await em.save(
        em.create(Meeting, {
          communityId,
          topic: input.topic,
          place: input.place,
          startsAt: plan.startsAt,
          endsAt: plan.endsAt,
          agenda: input.agenda,
          audience: input.audience,
          capacity: input.capacity ?? null,
          status: 'scheduled',
          checkInCode: newCheckInCode(),
          createdById: ctx.userId,
          createdAt: now,
          updatedAt: now,
          cancelledAt: null,
          cancelledById: null,
          cancelReason: null,
          minutes: null,
          minutesSavedAt: null,
          minutesSavedById: null,
          minutesPublishedAt: null,
          minutesPublishedById: null,
        }),
      );
      await this.writeAudience(em, meeting.id, plan);
      return meeting.id;
    });
    return this.get(ctx, id);
  }

  /**
   * Changes the whole meeting before it starts. Sign-ups of people it is no longer for are dropped (for
   * them it no longer exists); those still signed up are told when the time or the place moved.
   */
  async update(ctx: RequestContext, id: number, input: ScheduleMeetingDto): Promise<MeetingDetail> {
    const communityId = staffCommunity(ctx);
    await this.uow.run(async (em) => {
      const meeting = await this.managed(ctx, id, em);
      const now = this.clock.now();
      assertBeforeStart(meeting, now, '修改');
      const plan = await this.plan(em, communityId, input, now);
      const moved =
        meeting.startsAt.getTime() !== plan.startsAt.getTime() || meeting.endsAt.getTime() !== plan.endsAt.getTime() || meeting.place !== input.place;
      const change = {
        topic: input.topic,
        place: input.place,
        startsAt: plan.startsAt,
        endsAt: plan.endsAt,
        agenda: input.agenda,
        audience: input.audience,
        capacity: input.capacity ?? null,
        updatedAt: now,
      };
      await em.update(Meeting, { id }, change);
      Object.assign(meeting, change);
      await em.delete(MeetingBuilding, { meetingId: id });
      await em.delete(MeetingInvitee, { meetingId: id });
      await this.writeAudience(em, id, plan);

      const signUps = await em.findBy(MeetingSignUp, { meetingId: id });
      const people = await knownPeople(
        em,
        signUps.map((s) => s.userId),
      );
      const rule = audienceRule(meeting, plan);
      const dropped = signUps.filter((s) => {
        const participant = people.get(s.userId)?.participant;
        return !participant || !meetingAudienceIncludes(rule, participant);
      });
      if (dropped.length) await em.delete(MeetingSignUp, { id: In(dropped.map((s) => s.id)) });
      const kept = signUps.filter((s) => !dropped.includes(s));
      if (meeting.capacity !== null && kept.length > meeting.capacity) {
        throw invalidField('capacity', `已有${kept.length}人报名，人数上限不能少于${kept.length}`);
      }
      if (moved && kept.length) {
        await this.events.publish(em, { type: 'MeetingMoved', meeting, signedUpUserIds: kept.map((s) => s.userId), at: now });
      }
    });
    return this.get(ctx, id);
  }

  /** Cancels it before it starts; those who signed up are told (with the reason, if given). */
  async cancel(ctx: RequestContext, id: number, input: CancelMeetingDto): Promise<MeetingDetail> {
    staffCommunity(ctx);
    await this.uow.run(async (em) => {
      const meeting = await this.managed(ctx, id, em);
      const now = this.clock.now();
      assertBeforeStart(meeting, now, '取消');
      const change = { status: 'cancelled' as const, cancelledAt: now, cancelledById: ctx.userId, cancelReason: input.reason ?? null, updatedAt: now };
      await em.update(Meeting, { id }, change);
      Object.assign(meeting, change);
      const signUps = await em.findBy(MeetingSignUp, { meetingId: id });
      await this.events.publish(em, { type: 'MeetingCancelled', meeting, signedUpUserIds: signUps.map((s) => s.userId), at: now });
    });
    return this.get(ctx, id);
  }

  // ---- reading ----

  /**
   * The meetings in the caller's scope (for a resident or a liaison: her community's that are for her).
   * `current`: those still to come or running, soonest first, then those ended in the last 30 days,
   * latest first; `past`: those ended, latest first.
   */
  async list(ctx: RequestContext, query: ListMeetingsQuery): Promise<MeetingSummary[]> {
    await this.requireHousehold(ctx);
    const now = this.clock.now();
    const qb = this.dataSource.manager.createQueryBuilder(Meeting, 'meeting').innerJoinAndSelect('meeting.community', 'community');
    await this.access.scope(ctx, 'meeting', qb);
    if (query.communityId !== undefined) qb.andWhere('meeting.communityId = :communityId', { communityId: query.communityId });
    if (query.when === 'past') {
      qb.andWhere('meeting.endsAt <= :now', { now }).orderBy('meeting.startsAt', 'DESC').addOrderBy('meeting.id', 'DESC');
    } else {
      qb.andWhere('meeting.endsAt > :since', { since: new Date(now.getTime() - MEETING_RECENT_DAYS * DAY) })
        .orderBy('meeting.startsAt', 'ASC')
        .addOrderBy('meeting.id', 'ASC');
    }
    const meetings = await qb.take(LIST_LIMIT).getMany();
    const summaries = await this.summaries(ctx, meetings, now);
    if (query.when === 'past') return summaries;
    const ended = (s: MeetingSummary) => new Date(s.endsAt).getTime() <= now.getTime();
    return [...summaries.filter((s) => !ended(s)), ...summaries.filter(ended).reverse()];
  }

  /** One meeting in the caller's scope; outside it, 404. Residents see the minutes once published, the community's staff the draft too. */
  async get(ctx: RequestContext, id: number): Promise<MeetingDetail> {
    await this.requireHousehold(ctx);
    await this.access.findVisible(ctx, 'meeting', id);
    const em = this.dataSource.manager;
    const meeting = await em.findOneOrFail(Meeting, { where: { id }, relations: { community: true, createdBy: true } });
    const now = this.clock.now();
    const [summary] = await this.summaries(ctx, [meeting], now);
    const staff = !PARTICIPANT_ROLES.includes(ctx.role);
    const minutesShown = meeting.minutesPublishedAt !== null || seesDraft(ctx, meeting);
    const decisions = minutesShown
      ? await em.find(MeetingDecision, { where: { meetingId: id }, relations: { appeals: { appeal: true } }, order: { position: 'ASC' } })
      : [];
    const invitees = staff ? await em.find(MeetingInvitee, { where: { meetingId: id }, relations: { user: true }, order: { id: 'ASC' } }) : [];
    return {
      ...summary,
      minutes: minutesShown ? meeting.minutes : null,
      decisions: decisions.map(toDecisionInfo),
      invitees: staff ? invitees.map((i) => toPerson(i.user)) : null,
      attendance: staff ? await em.countBy(MeetingAttendance, { meetingId: id }) : null,
      createdBy: staff ? toPersonRef(meeting.createdBy) : null,
    };
  }

  /** Who signed up and who attended, with their households: the community's staff's sign-in sheet. */
  async participants(ctx: RequestContext, id: number): Promise<MeetingParticipantInfo[]> {
    staffCommunity(ctx);
    await this.managed(ctx, id);
    return this.participantList(this.dataSource.manager, id);
  }

  /** The door's code, for the community's staff to show as a QR (not for a cancelled meeting). */
  async checkInCode(ctx: RequestContext, id: number): Promise<MeetingCheckInCode> {
    staffCommunity(ctx);
    const meeting = await this.managed(ctx, id);
    if (meeting.status === 'cancelled') throw cancelled();
    const window = checkInWindow(meeting);
    return {
      meetingId: meeting.id,
      code: meeting.checkInCode,
      payload: meetingCheckInPayload(meeting.id, meeting.checkInCode),
      opensAt: window.opensAt.toISOString(),
      closesAt: window.closesAt.toISOString(),
    };
  }

  // ---- residents and liaisons: sign up, withdraw, check in ----

  /** Signs her up before the start, while places are left; signing up again changes nothing. */
  async signUp(ctx: RequestContext, id: number): Promise<MeetingDetail> {
    await this.requireHousehold(ctx);
    await this.uow
      .run(async (em) => {
        const meeting = await this.access.findVisible(ctx, 'meeting', id, em);
        const now = this.clock.now();
        if (meeting.status === 'cancelled') throw cancelled('议事会已取消，不能报名');
        if (!isBeforeStart(meeting, now)) throw conflict('MEETING_STARTED', '议事会已开始，报名已截止');
        if (await em.existsBy(MeetingSignUp, { meetingId: id, userId: ctx.userId })) return;
        if (meeting.capacity !== null && (await em.countBy(MeetingSignUp, { meetingId: id })) >= meeting.capacity) {
          throw conflict('MEETING_FULL', `报名人数已满（${meeting.capacity}人）`);
        }
        await em.insert(MeetingSignUp, { meetingId: id, userId: ctx.userId, signedUpAt: now });
      })
      .catch((error: unknown) => {
        // Her own second tap, a moment earlier: she is signed up.
        if (!isUniqueViolation(error)) throw error;
      });
    return this.get(ctx, id);
  }

  /** Withdraws her sign-up before the start (none to withdraw: nothing changes). */
  async withdraw(ctx: RequestContext, id: number): Promise<MeetingDetail> {
    await this.requireHousehold(ctx);
    await this.uow.run(async (em) => {
      const meeting = await this.access.findVisible(ctx, 'meeting', id, em);
      if (meeting.status === 'cancelled') throw cancelled();
      if (!isBeforeStart(meeting, this.clock.now())) throw conflict('MEETING_STARTED', '议事会已开始，不能再取消报名');
      await em.delete(MeetingSignUp, { meetingId: id, userId: ctx.userId });
    });
    return this.get(ctx, id);
  }

  /**
   * She scanned the code at the door: from 60 minutes before the start to the end, signed up or not.
   * A code that is not the meeting's is a 404 (it names nothing she could check in to); checking in
   * again changes nothing.
   */
  async checkIn(ctx: RequestContext, id: number, input: CheckInDto): Promise<MeetingDetail> {
    await this.requireHousehold(ctx);
    await this.uow.run(async (em) => {
      const meeting = await this.access.findVisible(ctx, 'meeting', id, em);
      if (!sameCode(meeting.checkInCode, input.code)) throw notFound('CHECK_IN_CODE_INVALID', '签到码无效，请扫描会场的签到二维码');
      const now = this.clock.now();
      switch (checkInState(meeting, now)) {
        case 'cancelled':
          throw cancelled();
        case 'notOpen':
          throw conflict(
            'CHECK_IN_NOT_OPEN',
            `签到尚未开始：议事会 ${formatShanghaiDateTime(meeting.startsAt)} 开始，开始前${MEETING_CHECK_IN_OPENS_MINUTES}分钟起可扫码签到`,
          );
        case 'closed':
          throw conflict('CHECK_IN_CLOSED', '议事会已结束，签到已关闭');
        case 'open':
          await this.attend(em, id, [ctx.userId], 'checkIn', null, now);
      }
    });
    return this.get(ctx, id);
  }

  // ---- staff: attendance ----

  /**
   * Staff record people present (residents with a household in the community, or its liaisons): from
   * 60 minutes before the start, and after the end too (from the paper list). Someone already recorded
   * stays as she was.
   */
  async recordAttendance(ctx: RequestContext, id: number, input: RecordMeetingAttendanceDto): Promise<MeetingParticipantInfo[]> {
    staffCommunity(ctx);
    await this.uow.run(async (em) => {
      const meeting = await this.managed(ctx, id, em);
      const now = this.clock.now();
      const state = checkInState(meeting, now);
      if (state === 'cancelled') throw cancelled();
      if (state === 'notOpen') throw conflict('CHECK_IN_NOT_OPEN', `议事会开始前${MEETING_CHECK_IN_OPENS_MINUTES}分钟起才能登记到会`);
      const people = await knownPeople(em, input.userIds);
      const bad = input.userIds.findIndex((userId) => {
        const person = people.get(userId);
        return !person || !person.user.active || person.participant?.communityId !== meeting.communityId;
      });
      if (bad >= 0) throw notInCommunity(`userIds.${bad}`);
      await this.attend(em, id, input.userIds, 'staff', ctx.userId, now);
    });
    return this.participantList(this.dataSource.manager, id);
  }

  /** Takes back a wrong attendance (none: nothing changes). */
  async removeAttendance(ctx: RequestContext, id: number, userId: number): Promise<void> {
    staffCommunity(ctx);
    await this.uow.run(async (em) => {
      await this.managed(ctx, id, em);
      await em.delete(MeetingAttendance, { meetingId: id, userId });
    });
  }

  // ---- staff: minutes and decisions ----

  /**
   * Saves the minutes' draft, replacing the one before, from the start of the meeting until they are
   * published. A decision's appeals must be the meeting's community's (400 on the one that is not).
   */
  async saveMinutes(ctx: RequestContext, id: number, input: SaveMinutesDto): Promise<MeetingDetail> {
    staffCommunity(ctx);
    await this.uow.run(async (em) => {
      const meeting = await this.managed(ctx, id, em);
      assertMinutesOpen(meeting);
      const now = this.clock.now();
      if (now.getTime() < meeting.startsAt.getTime()) throw conflict('MEETING_NOT_STARTED', '议事会开始后才能记录会议纪要');
      const appealIds = [...new Set(input.decisions.flatMap((d) => d.appealIds ?? []))];
      const known = appealIds.length
        ? new Set((await em.find(Appeal, { select: { id: true }, where: { id: In(appealIds), communityId: meeting.communityId } })).map((a) => a.id))
        : new Set<number>();
      input.decisions.forEach((d, i) =>
        (d.appealIds ?? []).forEach((appealId, j) => {
          if (!known.has(appealId)) throw invalidField(`decisions.${i}.appealIds.${j}`, '诉求不存在或不属于本社区');
        }),
      );

      const old = await em.find(MeetingDecision, { select: { id: true }, where: { meetingId: id } });
      if (old.length) {
        await em.delete(MeetingDecisionAppeal, { decisionId: In(old.map((d) => d.id)) });
        await em.delete(MeetingDecision, { meetingId: id });
      }
      for (const [position, d] of input.decisions.entries()) {
        const decision = await em.save(em.create(MeetingDecision, { meetingId: id, position, text: d.text, adopted: d.adopted ?? null }));
        if (d.appealIds?.length)
          await em.insert(
            MeetingDecisionAppeal,
            d.appealIds.map((appealId) => ({ decisionId: decision.id, appealId })),
          );
      }
      await em.update(Meeting, { id }, { minutes: input.minutes, minutesSavedAt: now, minutesSavedById: ctx.userId });
    });
    return this.get(ctx, id);
  }

  /**
   * Publishes the saved minutes once the meeting has ended, in one transaction: the minutes become
   * visible to the audience and fixed; each appeal a decision answers gets a public line on its
   * timeline; its residents (who filed it, who said "me too") are told (`MeetingMinutesPublished`).
   */
  async publishMinutes(ctx: RequestContext, id: number): Promise<MeetingDetail> {
    staffCommunity(ctx);
    await this.uow.run(async (em) => {
      const meeting = await this.managed(ctx, id, em);
      assertMinutesOpen(meeting);
      const now = this.clock.now();
      if (now.getTime() < meeting.endsAt.getTime()) throw conflict('MEETING_NOT_ENDED', '议事会结束后才能发布会议纪要');
      if (meeting.minutes === null) throw conflict('MINUTES_REQUIRED', '请先保存会议纪要，再发布');
      await em.update(Meeting, { id }, { minutesPublishedAt: now, minutesPublishedById: ctx.userId });
      meeting.minutesPublishedAt = now;
      meeting.minutesPublishedById = ctx.userId;

      const decisions = await em.find(MeetingDecision, { where: { meetingId: id }, relations: { appeals: true }, order: { position: 'ASC' } });
      const appealIds = [...new Set(decisions.flatMap((d) => d.appeals!.map((l) => l.appealId)))].sort((a, b) => a - b);
      // Locked in id order: the lines are appended in order with each appeal's other writes.
      const qb = em
        .createQueryBuilder(Appeal, 'appeal')
        .where('appeal.id IN (:...ids)', { ids: appealIds.length ? appealIds : [0] })
        .orderBy('appeal.id', 'ASC');
      if (this.uow.writeLock) qb.setLock('pessimistic_write');
      const appeals = new Map((await qb.getMany()).map((a) => [a.id, a]));
      const answered: { decision: MeetingDecision; appeals: Appeal[] }[] = [];
      for (const decision of decisions) {
        const its = decision.appeals!.sort((a, b) => a.id - b.id).map((l) => appeals.get(l.appealId)!);
        const outcome = decisionOutcomeLabel(decision.adopted);
        for (const appeal of its) {
          await appendTimeline(em, {
            appealId: appeal.id,
            type: 'meetingDecision',
            actorId: ctx.userId,
            actorRole: ctx.role,
            at: now,
            fromStatus: appeal.status,
            toStatus: appeal.status,
            note: `居民议事会「${meeting.topic}」（${formatShanghaiDate(meeting.startsAt)}）决议${outcome ? `（${outcome}）` : ''}：${decision.text}`,
            visibility: 'public',
            data: { meetingId: meeting.id, decisionId: decision.id, adopted: decision.adopted },
          });
        }
        if (its.length) answered.push({ decision, appeals: its });
      }
      await this.events.publish(em, { type: 'MeetingMinutesPublished', meeting, decisions: answered, at: now });
    });
    return this.get(ctx, id);
  }

  // ---- the measures ----

  /**
   * Participation in the deliberation hall, per community, for meetings that started in [from, to):
   * those held (not cancelled, minutes published), their attendances and distinct attendees. Every
   * community asked for has a row, zeros included.
   */
  async participation(communityIds: readonly number[], from: Date, to: Date): Promise<MeetingParticipation[]> {
    if (communityIds.length === 0) return [];
    const held = this.dataSource.manager
      .createQueryBuilder(Meeting, 'meeting')
      .where('meeting.communityId IN (:...communityIds)', { communityIds: [...communityIds] })
      .andWhere("meeting.status = 'scheduled'")
      .andWhere('meeting.minutesPublishedAt IS NOT NULL')
      .andWhere('meeting.startsAt >= :from AND meeting.startsAt < :to', { from, to });
    const meetings = await held
      .clone()
      .select('meeting.communityId', 'communityId')
      .addSelect('COUNT(*)', 'n')
      .groupBy('meeting.communityId')
      .getRawMany<{ communityId: number; n: string | number }>();
    const attendance = await held
      .clone()
      .innerJoin(MeetingAttendance, 'attendance', 'attendance.meetingId = meeting.id')
      .select('meeting.communityId', 'communityId')
      .addSelect('COUNT(*)', 'n')
      .addSelect('COUNT(DISTINCT attendance.userId)', 'people')
      .groupBy('meeting.communityId')
      .getRawMany<{ communityId: number; n: string | number; people: string | number }>();
    const heldBy = new Map(meetings.map((r) => [Number(r.communityId), Number(r.n)]));
    const attendedBy = new Map(attendance.map((r) => [Number(r.communityId), { n: Number(r.n), people: Number(r.people) }]));
    return [...new Set(communityIds)].map((communityId) => ({
      communityId,
      meetingsHeld: heldBy.get(communityId) ?? 0,
      attendances: attendedBy.get(communityId)?.n ?? 0,
      attendees: attendedBy.get(communityId)?.people ?? 0,
    }));
  }

  // ---- helpers ----

  /** The meeting, if it is the caller's own community's (staff who manage it); locked inside a transaction. */
  private async managed(ctx: RequestContext, id: number, em?: EntityManager): Promise<Meeting> {
    const meeting = await this.access.findVisible(ctx, 'meeting', id, em);
    if (meeting.communityId !== ctx.actor.communityId) throw meetingNotFound();
    return meeting;
  }

  /** A resident takes part once she has stated her household: until then, a 409 that asks her to (before any meeting is looked at). */
  private async requireHousehold(ctx: RequestContext): Promise<void> {
    if (ctx.role !== 'resident') return;
    if (!(await this.households.householdOf(this.dataSource.manager, ctx.userId))) {
      throw conflict('HOUSEHOLD_REQUIRED', '请先登记您的住址（楼栋、单元、房间），登记后即可查看和参加本社区的议事会');
    }
  }

  /** Checks the time and the audience against the community; the buildings and invitees as stored. */
  private async plan(em: EntityManager, communityId: number, input: ScheduleMeetingDto, now: Date): Promise<Plan> {
    const startsAt = new Date(input.startsAt);
    const endsAt = new Date(input.endsAt);
    if (startsAt.getTime() < now.getTime()) throw invalidField('startsAt', '开始时间不能早于现在');
    if (endsAt.getTime() <= startsAt.getTime()) throw invalidField('endsAt', '结束时间应晚于开始时间');
    if (endsAt.getTime() - startsAt.getTime() > MEETING_LIMITS.maxHours * HOUR)
      throw invalidField('endsAt', `议事会时长不能超过${MEETING_LIMITS.maxHours}小时`);

    const buildingIds = input.buildingIds ?? [];
    const invitedUserIds = input.invitedUserIds ?? [];
    if (input.audience !== 'buildings' && buildingIds.length) throw invalidField('buildingIds', '按楼栋邀请时才选择楼栋');
    if (input.audience !== 'invited' && invitedUserIds.length) throw invalidField('invitedUserIds', '邀请特定人员时才选择参会人员');
    if (input.audience === 'buildings') {
      if (!buildingIds.length) throw invalidField('buildingIds', '请选择参会的楼栋');
      const found = new Set((await em.find(Building, { select: { id: true }, where: { id: In(buildingIds), communityId } })).map((b) => b.id));
      const missing = buildingIds.findIndex((id) => !found.has(id));
      if (missing >= 0) throw invalidField(`buildingIds.${missing}`, '楼栋不存在或不属于本社区');
    }
    if (input.audience === 'invited') {
      if (!invitedUserIds.length) throw invalidField('invitedUserIds', '请选择参会人员（如居民代表）');
      const people = await knownPeople(em, invitedUserIds);
      const bad = invitedUserIds.findIndex((userId) => {
        const person = people.get(userId);
        return !person || !person.user.active || person.participant?.communityId !== communityId;
      });
      if (bad >= 0) throw notInCommunity(`invitedUserIds.${bad}`);
    }
    return { startsAt, endsAt, buildingIds, invitedUserIds };
  }

  private async writeAudience(em: EntityManager, meetingId: number, plan: Plan): Promise<void> {
    if (plan.buildingIds.length)
      await em.insert(
        MeetingBuilding,
        plan.buildingIds.map((buildingId) => ({ meetingId, buildingId })),
      );
    if (plan.invitedUserIds.length)
      await em.insert(
        MeetingInvitee,
        plan.invitedUserIds.map((userId) => ({ meetingId, userId })),
      );
  }

  /** Records them present, each once (an attendance already recorded stays as it was). */
  private async attend(
    em: EntityManager,
    meetingId: number,
    userIds: readonly number[],
    method: MeetingAttendance['method'],
    recordedById: number | null,
    at: Date,
  ) {
    await em
      .createQueryBuilder()
      .insert()
      .into(MeetingAttendance)
      .values(userIds.map((userId) => ({ meetingId, userId, method, recordedById, at })))
      .orIgnore()
      .execute();
  }

  private async participantList(em: EntityManager, meetingId: number): Promise<MeetingParticipantInfo[]> {
    const signUps = await em.findBy(MeetingSignUp, { meetingId });
    const attendances = await em.findBy(MeetingAttendance, { meetingId });
    const people = await knownPeople(em, [...signUps.map((s) => s.userId), ...attendances.map((a) => a.userId)]);
    const signedUp = new Map(signUps.map((s) => [s.userId, s]));
    const attended = new Map(attendances.map((a) => [a.userId, a]));
    const first = (userId: number) => Math.min(signedUp.get(userId)?.signedUpAt.getTime() ?? Infinity, attended.get(userId)?.at.getTime() ?? Infinity);
    return [...people.values()]
      .sort((a, b) => first(a.user.id) - first(b.user.id) || a.user.id - b.user.id)
      .map(({ user, household }) => ({
        user: toPerson(user),
        household,
        signedUpAt: signedUp.get(user.id)?.signedUpAt.toISOString() ?? null,
        attendedAt: attended.get(user.id)?.at.toISOString() ?? null,
        attendance: attended.get(user.id)?.method ?? null,
      }));
  }

  /** Summaries of these meetings for the caller: counts, her own sign-up and attendance, the buildings. */
  private async summaries(ctx: RequestContext, meetings: Meeting[], now: Date): Promise<MeetingSummary[]> {
    if (meetings.length === 0) return [];
    const em = this.dataSource.manager;
    const ids = meetings.map((m) => m.id);
    const counts = await em
      .createQueryBuilder(MeetingSignUp, 'signUp')
      .select('signUp.meetingId', 'meetingId')
      .addSelect('COUNT(*)', 'n')
      .where('signUp.meetingId IN (:...ids)', { ids })
      .groupBy('signUp.meetingId')
      .getRawMany<{ meetingId: number; n: string | number }>();
    const signUps = new Map(counts.map((c) => [Number(c.meetingId), Number(c.n)]));
    const participant = PARTICIPANT_ROLES.includes(ctx.role);
    const mine = participant ? await em.findBy(MeetingSignUp, { meetingId: In(ids), userId: ctx.userId }) : [];
    const attended = participant ? await em.findBy(MeetingAttendance, { meetingId: In(ids), userId: ctx.userId }) : [];
    const buildings = await em.find(MeetingBuilding, { where: { meetingId: In(ids) }, relations: { building: true }, order: { id: 'ASC' } });
    return meetings.map((m) =>
      toMeetingSummary(
        m,
        {
          buildings: buildings.filter((b) => b.meetingId === m.id).map((b) => ({ id: b.buildingId, name: b.building!.name })),
          signUps: signUps.get(m.id) ?? 0,
          signedUpByMe: mine.some((s) => s.meetingId === m.id),
          attendedByMe: attended.some((a) => a.meetingId === m.id),
          seesDraft: seesDraft(ctx, m),
        },
        now,
      ),
    );
  }
}

/** The community of the staff member who runs its meetings. */
function staffCommunity(ctx: RequestContext): number {
  if (ctx.actor.communityId === null) throw forbidden('NO_COMMUNITY', '您不属于任何社区，不能组织议事会');
  return ctx.actor.communityId;
}

/** Only the community's own staff see a draft of the minutes. */
function seesDraft(ctx: RequestContext, meeting: Meeting): boolean {
  return COMMUNITY_ROLES.includes(ctx.role) && ctx.actor.communityId === meeting.communityId;
}

function audienceRule(meeting: Meeting, plan: Plan): AudienceRule {
  return { audience: meeting.audience, communityId: meeting.communityId, buildingIds: plan.buildingIds, invitedUserIds: plan.invitedUserIds };
}

function cancelled(message = '议事会已取消') {
  return conflict('MEETING_CANCELLED', message);
}

function assertBeforeStart(meeting: Meeting, now: Date, what: string): void {
  if (meeting.status === 'cancelled') throw cancelled();
  if (!isBeforeStart(meeting, now)) throw conflict('MEETING_STARTED', `议事会已开始，不能再${what}`);
}

/** The minutes of a meeting held and not yet published. */
function assertMinutesOpen(meeting: Meeting): void {
  if (meeting.status === 'cancelled') throw cancelled('议事会已取消，没有会议纪要');
  if (meeting.minutesPublishedAt !== null) throw conflict('MINUTES_PUBLISHED', '会议纪要和决议已发布，不能再修改');
}

/** 18 random bytes as base64url: 24 characters nobody guesses. */
function newCheckInCode(): string {
  return randomBytes(18).toString('base64url');
}

/** Compared in constant time, so the code cannot be found a character at a time. */
function sameCode(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
