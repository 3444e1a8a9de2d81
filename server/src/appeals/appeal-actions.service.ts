import { Injectable } from '@nestjs/common';
import {
  ACTION_LABELS,
  cappedByCity,
  COMMUNITY_ROLES,
  deadlineAfterTierChange,
  DEFAULT_TIER_POLICY,
  DISPATCH_ROLE_LABELS,
  FINAL_STATUSES,
  initialDeadline,
  nextProgressDue,
  nextStatus,
  rateOutcome,
  STATUS_LABELS,
  type AppealAction,
  type DispatchRole,
  type NoteVisibility,
  type RateOutcome,
  type Tier,
  type TimelineDataOf,
  type TriageChangeData,
} from '@lingjuli/shared';
import { In, IsNull, type EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import { Clock } from '../common/clock/clock';
import type { RequestContext } from '../common/context/request-context';
import { conflict, forbidden, invalidField } from '../common/errors/app-error';
import { isUniqueViolation } from '../database/db-errors';
import { ContentSecurity } from '../content-security/content-security.service';
import { UnitOfWork } from '../database/unit-of-work';
import { Community } from '../organisation/community.entity';
import { Department } from '../organisation/department.entity';
import type { DomainEvent } from '../events/domain-events';
import type { AppealReopened } from './appeal-events';
import { EventBus } from '../events/event-bus';
import { AppealTimers } from './appeal-timers.service';
import { UploadsService } from '../uploads/uploads.service';
import { User } from '../users/user.entity';
import { AppealEndings } from './appeal-endings.service';
import { AppealDeadlines } from './appeal-deadlines';
import type {
  AcceptDto,
  AddNoteDto,
  AssignDto,
  CallbackDto,
  CompleteAssignmentDto,
  DispatchDto,
  EscalateDto,
  FeedbackDto,
  RateDto,
  RejectDto,
  ResolveDto,
  RetriageDto,
  SecretaryReviewDto,
  WithdrawDto,
} from './dto/appeal-actions.dto';
import { AppealFeedback } from './entities/appeal-feedback.entity';
import { AppealRating } from './entities/appeal-rating.entity';
import { Appeal } from './entities/appeal.entity';
import { DispatchAssignment } from './entities/dispatch-assignment.entity';
import { DispatchOrder } from './entities/dispatch-order.entity';
import { leadFirst } from './appeal.mapper';
import { AppealInvolvements } from './appeal-involvements';
import { appendTimeline } from './timeline';
import { dispatchOrderKeys } from './dispatch-order-keys';
import { writeAppeal } from './write-appeal';

/** What one action did, for its timeline entry (its `data` in the shape of the action's), and what it publishes once the appeal is written. */
interface Effect<A extends AppealAction> {
  note?: string | null;
  visibility?: NoteVisibility;
  data?: TimelineDataOf<A> | null;
  attachmentIds?: readonly number[];
  events?: DomainEvent[];
}

/** What a reopen did: the reopened assignments, for the timeline line, and its event. */
interface Reopening {
  data: { reopenedAssignments: string[] } | null;
  event: AppealReopened;
}

/** Everything that moves an existing appeal. Each method is one transaction and writes one timeline entry. */
@Injectable()
export class AppealActionsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly access: AccessService,
    private readonly clock: Clock,
    private readonly uploads: UploadsService,
    private readonly timers: AppealTimers,
    private readonly events: EventBus,
    private readonly endings: AppealEndings,
    private readonly involvements: AppealInvolvements,
    private readonly deadlines: AppealDeadlines,
    private readonly contentSecurity: ContentSecurity,
  ) {}

  /** Take the appeal in: confirm (or change) the triage; the taker becomes first responder and handler. */
  accept(ctx: RequestContext, id: number, input: AcceptDto): Promise<Appeal> {
    return this.perform(ctx, id, 'accept', undefined, async (appeal, _em, now) => {
      const change = this.changeTriage(appeal, input.tier, input.category, now);
      appeal.triageConfirmedById = ctx.userId;
      appeal.triageConfirmedAt = now;
      appeal.firstResponderId ??= ctx.userId;
      appeal.handlerId ??= ctx.userId;
      return { note: input.note, data: change, events: [{ type: 'AppealAccepted', appeal, at: now }] };
    });
  }

  retriage(ctx: RequestContext, id: number, input: RetriageDto): Promise<Appeal> {
    if (!input.tier && !input.category) throw invalidField('tier', '请选择新的级别或类别');
    return this.perform(ctx, id, 'retriage', undefined, async (appeal, _em, now) => {
      const change = this.changeTriage(appeal, input.tier, input.category, now);
      appeal.triageConfirmedById = ctx.userId;
      appeal.triageConfirmedAt = now;
      return { note: input.note, data: change };
    });
  }

  /** Assign a handler (community staff) and/or the liaison who will visit, both from the appeal's community. */
  assign(ctx: RequestContext, id: number, input: AssignDto): Promise<Appeal> {
    if (input.handlerId == null && input.liaisonId == null) throw invalidField('handlerId', '请选择承办人或民情专员');
    return this.perform(ctx, id, 'assign', undefined, async (appeal, em, now) => {
      const previous = { handlerId: appeal.handlerId, assignedLiaisonId: appeal.assignedLiaisonId };
      if (input.handlerId != null) {
        await this.requireMember(em, input.handlerId, appeal.communityId, COMMUNITY_ROLES, 'handlerId');
        appeal.handlerId = input.handlerId;
      }
      if (input.liaisonId != null) {
        await this.requireMember(em, input.liaisonId, appeal.communityId, ['liaison'], 'liaisonId');
        appeal.assignedLiaisonId = input.liaisonId;
      }
      appeal.firstResponderId ??= ctx.userId;
      return {
        note: input.note,
        data: { handlerId: input.handlerId, liaisonId: input.liaisonId },
        visibility: 'internal',
        events: [{ type: 'AppealAssigned', appeal, previous, at: now }],
      };
    });
  }

  /** A progress note; a public one on a complex appeal restarts its 72-hour clock. */
  addNote(ctx: RequestContext, id: number, input: AddNoteDto): Promise<Appeal> {
    return this.perform(ctx, id, 'addNote', undefined, async (appeal, em, now) => {
      const events: DomainEvent[] = [];
      if (input.visibility === 'public') {
        await this.deadlines.progressNoted(em, appeal, appeal.progressDueAt, now);
        if (appeal.tier === 'complex') appeal.progressDueAt = nextProgressDue(now);
        events.push({ type: 'AppealProgressPublished', appeal, content: input.content, source: 'appealNote', at: now });
      }
      return { note: input.content, visibility: input.visibility, attachmentIds: input.attachmentIds, events };
    });
  }

  /**
   * Feedback to the resident: interim while in progress, final after resolution. Meets a first-feedback
   * deadline. Given by the community, or jointly by the departments working on the appeal and the
   * community (职能科室与社区一起反馈): the parties are kept with it and named on the timeline.
   */
  async feedback(ctx: RequestContext, id: number, input: FeedbackDto): Promise<Appeal> {
    const decide = (appeal: Appeal) => {
      if (ctx.role === 'liaison' && appeal.assignedLiaisonId !== ctx.userId) throw forbidden('NOT_ASSIGNED', '该诉求未指派给您回访');
      return appeal.status === 'resolved' ? 'final' : 'interim';
    };
    // A liaison's words from her visit (staff's are not checked).
    const wordsCheck = await this.contentSecurity.checkWords(ctx, 'feedbackWords', input.content, 'content');
    return this.perform(ctx, id, 'feedback', decide, async (appeal, em, now, outcome) => {
      const final = outcome === 'final';
      const { departments, communityParty } = await this.feedbackParties(em, ctx, appeal, input);
      const feedback = await em.save(
        em.create(AppealFeedback, {
          appealId: appeal.id,
          method: input.method,
          byId: ctx.userId,
          content: input.content,
          residentOpinion: input.residentOpinion ?? null,
          final,
          at: now,
          tier: appeal.tier,
          category: appeal.category,
          communityPartyId: communityParty?.id ?? null,
          departments,
        }),
      );
      await this.contentSecurity.record(em, wordsCheck, feedback.id);
      if (DEFAULT_TIER_POLICY.tiers[appeal.tier].meaning === 'firstFeedback') appeal.respondedAt ??= now;
      if (final) appeal.fedBackAt = now;
      const names = departments.map((d) => d.name);
      return {
        note: names.length ? `社区与${names.join('、')}一起反馈：${input.content}` : input.content,
        data: {
          method: input.method,
          final,
          residentOpinion: input.residentOpinion ?? null,
          ...(names.length ? { departments: names, communityParty: communityParty?.displayName ?? null } : {}),
        },
        // The final one asks the resident (and those who said "me too") to rate the result.
        events: [{ type: 'AppealFedBack', appeal, feedback, content: input.content, final, at: now }],
      };
    });
  }

  resolve(ctx: RequestContext, id: number, input: ResolveDto): Promise<Appeal> {
    return this.perform(ctx, id, 'resolve', undefined, async (appeal, em, now) => {
      // Handing over to 110/119/120 is how an emergency is dealt with at once; other tiers have no such path.
      if (input.handedTo && appeal.tier !== 'emergency') throw invalidField('handedTo', '只有紧急诉求可以移交110/119/120');
      if (ctx.role === 'departmentStaff') await this.completeOwnAssignment(em, ctx, appeal, input.note, now, 'lead');
      appeal.resolvedAt = now;
      appeal.handedTo = input.handedTo ?? null;
      if (DEFAULT_TIER_POLICY.tiers[appeal.tier].meaning === 'resolution') appeal.respondedAt ??= now;
      return { note: input.note, data: input.handedTo ? { handedTo: input.handedTo } : null, attachmentIds: input.attachmentIds };
    });
  }

  /** The resident rates: good closes it; bad reopens once, then goes to the secretary (docs/domain.md §7.2). */
  async rate(ctx: RequestContext, id: number, input: RateDto): Promise<Appeal> {
    const decide = (appeal: Appeal) => rateOutcome(input, appeal.reopenCount);
    const commentCheck = await this.contentSecurity.checkWords(ctx, 'ratingComment', input.comment, 'comment');
    return this.perform(ctx, id, 'rate', decide, async (appeal, em, now, outcome) => {
      const ratingId = await this.saveRating(
        em,
        appeal,
        input,
        { raterId: ctx.userId, source: 'resident', recordedById: null, at: now },
        '您已评价过本次办理结果',
      );
      await this.contentSecurity.record(em, commentCheck, ratingId);
      const reopened = await this.applyRating(em, appeal, now, outcome, '居民评价未解决');
      return {
        note: input.comment ?? null,
        data: { solved: input.solved, satisfaction: input.satisfaction, outcome, ...reopened?.data },
        events: [
          { type: 'AppealRated', appeal, solved: input.solved, satisfaction: input.satisfaction, ratedAt: now, at: now },
          ...(reopened ? [reopened.event] : []),
        ],
      };
    });
  }

  /**
   * The callback (回访) for a caller without an account (taken in at the window, on the phone, from
   * 12345): staff phone her and record her answer, which counts as her rating, with its outcome.
   */
  callback(ctx: RequestContext, id: number, input: CallbackDto): Promise<Appeal> {
    const decide = (appeal: Appeal) => {
      if (appeal.reporterId !== null) throw conflict('CALLBACK_NOT_APPLICABLE', '该诉求由居民本人在小程序中评价，无需电话回访');
      return rateOutcome(input, appeal.reopenCount);
    };
    return this.perform(ctx, id, 'callback', decide, async (appeal, em, now, outcome) => {
      const calledAt = input.calledAt === undefined ? now : new Date(input.calledAt);
      if (calledAt > now) throw invalidField('calledAt', '回访时间不能晚于现在');
      if (appeal.fedBackAt && calledAt < appeal.fedBackAt) throw invalidField('calledAt', '回访时间不能早于反馈时间');
      await this.saveRating(em, appeal, input, { raterId: null, source: 'callback', recordedById: ctx.userId, at: calledAt }, '本次办理结果已经回访或评价过');
      const reopened = await this.applyRating(em, appeal, now, outcome, '回访时来电人表示未解决或不满意');
      return {
        note: input.comment ?? null,
        data: { solved: input.solved, satisfaction: input.satisfaction, outcome, calledAt: calledAt.toISOString(), ...reopened?.data },
        events: [
          { type: 'AppealRated', appeal, solved: input.solved, satisfaction: input.satisfaction, ratedAt: calledAt, at: now },
          ...(reopened ? [reopened.event] : []),
        ],
      };
    });
  }

  /** After a second bad rating the community secretary closes the appeal or sends it back for handling. */
  secretaryReview(ctx: RequestContext, id: number, input: SecretaryReviewDto): Promise<Appeal> {
    const decide = (appeal: Appeal) => {
      if (!appeal.awaitingSecretaryReview) throw conflict('NO_REVIEW_PENDING', '该诉求不需要书记复核');
      return input.decision;
    };
    return this.perform(ctx, id, 'secretaryReview', decide, async (appeal, em, now) => {
      appeal.awaitingSecretaryReview = false;
      if (input.decision === 'close') appeal.closedAt = now;
      const reopened = input.decision === 'reopen' ? await this.reopen(em, appeal, now, '社区书记复核后要求重新办理') : null;
      return { note: input.note, data: { decision: input.decision, ...reopened?.data }, events: reopened ? [reopened.event] : [] };
    });
  }

  withdraw(ctx: RequestContext, id: number, input: WithdrawDto): Promise<Appeal> {
    return this.perform(ctx, id, 'withdraw', undefined, async (appeal, _em, now) => {
      appeal.closedAt = now;
      return { note: input.reason ?? null };
    });
  }

  reject(ctx: RequestContext, id: number, input: RejectDto): Promise<Appeal> {
    return this.perform(ctx, id, 'reject', undefined, async (appeal, _em, now) => {
      appeal.firstResponderId ??= ctx.userId;
      appeal.closedAt = now;
      return { note: input.reason };
    });
  }

  /**
   * The community cannot solve it: after consulting the grid secretary it files a dispatch order
   * (批办单) and the appeal moves to the street's command centre (docs/domain.md §6.2).
   */
  escalate(ctx: RequestContext, id: number, input: EscalateDto): Promise<Appeal> {
    return this.perform(ctx, id, 'escalate', undefined, async (appeal, em, now) => {
      const community = await em.findOneByOrFail(Community, { id: appeal.communityId });
      const consulted = await em.findOneBy(User, { id: input.consultedWithId, role: 'gridSecretary', active: true });
      if (!consulted || consulted.gridId === null || consulted.gridId !== community.gridId) {
        throw invalidField('consultedWithId', '请选择本社区所在网格的网格书记');
      }
      const order = await em.save(
        em.create(DispatchOrder, {
          appealId: appeal.id,
          status: 'pending',
          reason: input.reason,
          requestedById: ctx.userId,
          requestedAt: now,
          consultedWithId: consulted.id,
          consultationNote: input.consultationNote,
          ...dispatchOrderKeys(appeal),
        }),
      );
      appeal.level = 'street';
      appeal.firstResponderId ??= ctx.userId;
      return { note: input.reason, data: { dispatchOrderId: order.id, consultedWithId: consulted.id, toLevel: 'street' } };
    });
  }

  /** The command centre dispatches the order to a lead department and any assisting ones. */
  dispatch(ctx: RequestContext, id: number, input: DispatchDto): Promise<Appeal> {
    const assisting = input.assistingDepartmentIds ?? [];
    if (assisting.includes(input.leadDepartmentId)) throw invalidField('assistingDepartmentIds', '主办单位不能同时是协办单位');
    return this.perform(ctx, id, 'dispatch', undefined, async (appeal, em, now) => {
      const order = await em.findOneBy(DispatchOrder, { appealId: appeal.id });
      if (!order || order.status !== 'pending') throw conflict('NO_PENDING_DISPATCH_ORDER', '该诉求没有待派发的批办单');
      const wanted = [input.leadDepartmentId, ...assisting];
      const found = await em.findBy(Department, { id: In(wanted), active: true });
      if (found.length !== wanted.length) {
        const missing = wanted.find((d) => !found.some((f) => f.id === d));
        throw invalidField(missing === input.leadDepartmentId ? 'leadDepartmentId' : 'assistingDepartmentIds', '单位不存在');
      }
      await em.save(
        wanted.map((departmentId) =>
          em.create(DispatchAssignment, {
            orderId: order.id,
            appealId: appeal.id,
            departmentId,
            role: departmentId === input.leadDepartmentId ? 'lead' : 'assist',
            dispatchedAt: now,
            appealEndedAt: null,
          }),
        ),
      );
      await this.involvements.record(em, appeal, wanted);
      order.status = 'dispatched';
      order.dispatchedById = ctx.userId;
      order.dispatchedAt = now;
      await em.save(order);
      const nameOf = (departmentId: number) => found.find((d) => d.id === departmentId)!.name;
      const dispatch = { lead: nameOf(input.leadDepartmentId), assisting: assisting.map(nameOf) };
      return {
        note: input.note ?? null,
        data: dispatch,
        events: [
          { type: 'AppealDispatched', appeal, leadDepartmentId: input.leadDepartmentId, assistingDepartmentIds: assisting, departments: dispatch, at: now },
        ],
      };
    });
  }

  /** An assisting department reports its part done; the lead department resolves the appeal instead. */
  completeAssignment(ctx: RequestContext, id: number, input: CompleteAssignmentDto): Promise<Appeal> {
    return this.perform(ctx, id, 'completeAssignment', undefined, async (appeal, em, now) => {
      await this.completeOwnAssignment(em, ctx, appeal, input.note, now, 'assist');
      return { note: input.note, visibility: 'internal' };
    });
  }

  // ---- the mechanics ----

  /**
   * One action in one transaction: loads (and locks) the appeal within the caller's scope, lets `decide`
   * refuse what the transition table cannot know and pick the table's outcome, checks the transition,
   * runs the work, ends what hangs on an appeal that reached a final status, then saves the appeal,
   * appends the timeline entry, reschedules the timers and publishes the work's events (which so
   * see the appeal as the action leaves it).
   */
  private perform<A extends AppealAction, O extends string | undefined>(
    ctx: RequestContext,
    id: number,
    action: A,
    decide: ((appeal: Appeal) => O) | undefined,
    work: (appeal: Appeal, em: EntityManager, now: Date, outcome: O) => Promise<Effect<A>>,
  ): Promise<Appeal> {
    return this.uow.run(async (em) => {
      const appeal = await this.access.findVisible(ctx, 'appeal', id, em);
      const outcome = decide?.(appeal) as O;
      // A resident's moves (rate, withdraw) are the reporter's alone: a supporter ("me too") only follows it.
      if (ctx.role === 'resident' && appeal.reporterId !== ctx.userId) {
        throw forbidden('NOT_REPORTER', '只有反映问题的居民本人可以评价或撤回');
      }
      const from = appeal.status;
      const to = nextStatus(ctx.role, action, appeal, outcome);
      if (to === null) {
        throw conflict('APPEAL_TRANSITION_NOT_ALLOWED', `诉求${STATUS_LABELS[from]}，现在不能${ACTION_LABELS[action]}`);
      }
      const now = this.clock.now();
      const respondedBefore = appeal.respondedAt;
      const effect = await work(appeal, em, now, outcome);
      appeal.status = to;
      if (FINAL_STATUSES.includes(to)) {
        appeal.progressDueAt = null;
        const ended = await this.endings.end(em, { appeal, status: to, at: now });
        // The actions that can end an appeal (rate, callback, secretaryReview, withdraw, reject) have `AppealEndedData` in their data's shape.
        if (ended) effect.data = { ...effect.data, ...ended } as TimelineDataOf<A>;
      }
      appeal.updatedAt = now;
      await writeAppeal(em, appeal);
      const event = await appendTimeline(em, {
        appealId: appeal.id,
        type: action,
        actorId: ctx.userId,
        actorRole: ctx.role,
        at: now,
        fromStatus: from,
        toStatus: to,
        note: effect.note ?? null,
        visibility: effect.visibility ?? 'public',
        data: effect.data ?? null,
      });
      await this.uploads.link(em, ctx, effect.attachmentIds ?? [], appeal.id, event.id);
      await this.timers.syncAppeal(em, appeal);
      // The cycle's response (feedback, or resolution for an emergency) settles its deadline.
      if (!respondedBefore && appeal.respondedAt) await this.deadlines.responded(em, appeal, appeal.respondedAt);
      for (const published of effect.events ?? []) await this.events.publish(em, published);
      return appeal;
    });
  }

  /** The round's one rating (409 when it has one already: a repeat, or the resident and the callback both). */
  private async saveRating(
    em: EntityManager,
    appeal: Appeal,
    answer: RateDto,
    by: Pick<AppealRating, 'raterId' | 'source' | 'recordedById' | 'at'>,
    alreadyRated: string,
  ): Promise<number> {
    const { solved, satisfaction, comment } = answer;
    try {
      const { tier, category } = appeal;
      const inserted = await em.insert(AppealRating, {
        appealId: appeal.id,
        round: appeal.reopenCount + 1,
        solved,
        satisfaction,
        comment: comment ?? null,
        tier,
        category,
        ...by,
      });
      return inserted.identifiers[0].id as number;
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('ALREADY_RATED', alreadyRated);
      throw error;
    }
  }

  /** What a rating does (docs/domain.md §7.2): closes, reopens (returning what it reopened) or awaits the secretary. */
  private async applyRating(em: EntityManager, appeal: Appeal, now: Date, outcome: RateOutcome, why: string): Promise<Reopening | null> {
    if (outcome === 'accepted') appeal.closedAt = now;
    if (outcome === 'toSecretaryReview') appeal.awaitingSecretaryReview = true;
    return outcome === 'reopened' ? this.reopen(em, appeal, now, why) : null;
  }

  /** Applies a tier and/or category change with the deadline rule of docs/domain.md §5.3; returns what changed, for the timeline. */
  private changeTriage(appeal: Appeal, tier: Tier | undefined, category: Appeal['category'] | undefined, now: Date): TriageChangeData | null {
    const change: TriageChangeData = {};
    if (category && category !== appeal.category) {
      change.category = { from: appeal.category, to: category };
      appeal.category = category;
    }
    if (tier && tier !== appeal.tier) {
      const deadline = cappedByCity(
        deadlineAfterTierChange({ from: appeal.tier, to: tier, startAt: appeal.cycleStartedAt, currentDueAt: appeal.dueAt, changedAt: now }),
        tier,
        // The city's deadline binds the first cycle only.
        appeal.reopenCount === 0 ? appeal.cityDueAt : null,
      );
      change.tier = { from: appeal.tier, to: tier };
      change.dueAt = { from: appeal.dueAt.toISOString(), to: deadline.dueAt.toISOString() };
      appeal.tier = tier;
      appeal.dueAt = deadline.dueAt;
      appeal.warnAt = deadline.warnAt;
      appeal.progressDueAt = tier === 'complex' ? nextProgressDue(now) : null;
    }
    return Object.keys(change).length ? change : null;
  }

  /**
   * Reopens the appeal for another handling cycle. At the street its dispatch assignments open again,
   * so the lead department can resolve it once more (its event tells the departments' staff).
   * Returns what it reopened, for the timeline line, and the event.
   */
  private async reopen(em: EntityManager, appeal: Appeal, now: Date, why: string): Promise<Reopening> {
    this.startNewCycle(appeal, now);
    const assignments = await em.find(DispatchAssignment, { where: { appealId: appeal.id }, relations: { department: true } });
    if (assignments.length) await em.update(DispatchAssignment, { appealId: appeal.id }, { completedAt: null, completedById: null, note: null });
    const named = leadFirst(assignments).map((a) => `${a.department!.name}（${DISPATCH_ROLE_LABELS[a.role]}）`);
    return {
      data: assignments.length ? { reopenedAssignments: named } : null,
      event: { type: 'AppealReopened', appeal, why, departmentIds: assignments.map((a) => a.departmentId), assignments: named, at: now },
    };
  }

  /** A reopened appeal gets a fresh deadline of its tier, counted from the reopen. */
  private startNewCycle(appeal: Appeal, now: Date): void {
    const deadline = initialDeadline(appeal.tier, now);
    appeal.reopenCount += 1;
    appeal.cycleStartedAt = now;
    appeal.dueAt = deadline.dueAt;
    appeal.warnAt = deadline.warnAt;
    appeal.respondedAt = null;
    appeal.resolvedAt = null;
    appeal.fedBackAt = null;
    appeal.handedTo = null;
    appeal.progressDueAt = appeal.tier === 'complex' ? nextProgressDue(now) : null;
  }

  /**
   * Who gives a feedback together. A department recording it is a party itself (it must work on the
   * appeal) and names the community's person who took part; the community may name the departments
   * that took part. Every department named must work on the appeal (dispatched, whistled, task force).
   */
  private async feedbackParties(
    em: EntityManager,
    ctx: RequestContext,
    appeal: Appeal,
    input: FeedbackDto,
  ): Promise<{ departments: Department[]; communityParty: User | null }> {
    const own = ctx.role === 'departmentStaff' ? [ctx.actor.departmentId ?? -1] : [];
    const named = input.departmentIds ?? [];
    const working = await this.involvements.departmentsWorkingOn(em, appeal.id, [...own, ...named]);
    // The scope already hides an appeal a department does not work on; this keeps the rule here too.
    if (own.length && !working.includes(own[0])) throw forbidden('DEPARTMENT_NOT_WORKING_ON_APPEAL', '本单位没有承办、被吹哨或参加专班办理此诉求，不能反馈');
    named.forEach((departmentId, i) => {
      if (!working.includes(departmentId)) throw invalidField(`departmentIds.${i}`, '该单位没有参与办理此诉求');
    });
    let communityParty: User | null = null;
    if (own.length) {
      if (input.communityPartyId === undefined) throw invalidField('communityPartyId', '请选择一起反馈的社区工作人员或民情专员');
      const roles = [...COMMUNITY_ROLES, 'liaison' as const];
      communityParty = await em.findOneBy(User, { id: input.communityPartyId, communityId: appeal.communityId, role: In(roles), active: true });
      if (!communityParty) throw invalidField('communityPartyId', '请选择本诉求所在社区的工作人员或民情专员');
    } else if (input.communityPartyId !== undefined) {
      throw invalidField('communityPartyId', '社区记录反馈时无需另选社区人员');
    }
    const ids = [...new Set([...own, ...named])];
    const found = ids.length ? await em.findBy(Department, { id: In(ids) }) : [];
    return { departments: ids.map((id) => found.find((d) => d.id === id)!), communityParty };
  }

  private async requireMember(em: EntityManager, userId: number, communityId: number, roles: readonly User['role'][], field: string): Promise<void> {
    const ok = await em.existsBy(User, { id: userId, communityId, role: In([...roles]), active: true });
    if (!ok) throw invalidField(field, '请选择本社区的人员');
  }

  /** Marks the caller's department's open assignment on the appeal done; it must have the given role. */
  private async completeOwnAssignment(em: EntityManager, ctx: RequestContext, appeal: Appeal, note: string, now: Date, role: DispatchRole): Promise<void> {
    const assignment = await em.findOneBy(DispatchAssignment, {
      appealId: appeal.id,
      departmentId: ctx.actor.departmentId ?? -1,
      completedAt: IsNull(),
    });
    if (!assignment || assignment.role !== role) {
      throw role === 'lead' ? forbidden('NOT_LEAD_DEPARTMENT', '只有主办单位可以办结') : forbidden('NOT_ASSISTING_DEPARTMENT', '本单位没有待完成的协办任务');
    }
    assignment.completedAt = now;
    assignment.completedById = ctx.userId;
    assignment.note = note;
    await em.save(assignment);
  }
}
