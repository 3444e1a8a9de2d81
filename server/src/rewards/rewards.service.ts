import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { REWARD_STATUS_LABELS, type RewardAction, type RewardEventInfo, type RewardRequestInfo } from '@lingjuli/shared';
import { DataSource, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AccessService } from '../access/access.service';
import { Appeal } from '../appeals/entities/appeal.entity';
import { appealCode, clipSummary } from '../appeals/appeal.mapper';
import { Clock } from '../common/clock/clock';
import type { RequestContext } from '../common/context/request-context';
import { conflict, forbidden, invalidField } from '../common/errors/app-error';
import { UnitOfWork } from '../database/unit-of-work';
import type { DomainEvent } from '../events/domain-events';
import type { RewardStep } from './reward-events';
import { EventBus } from '../events/event-bus';
import { isActiveLiaison } from '../liaisons/liaison-roster';
import type { ApproveRewardDto, CreateRewardDto, ListRewardsQuery, MeetingRecordDto, ReturnRewardDto } from './dto/rewards.dto';
import { RewardEvent } from './reward-event.entity';
import { REWARD_ACTION_LABELS, STREET_STATUSES, availableRewardActions, checkRewardMove, type MoveCheck } from './reward-rules';
import { RewardRequest } from './reward-request.entity';
import { hasMeeting, toRewardRequestInfo } from './reward.mapper';

/** What one move did: its timeline note, and the event it publishes once its step is recorded. */
interface MoveEffect {
  note: string | null;
  announce?: (step: RewardStep) => DomainEvent;
}

/**
 * 自主支配权: the community proposes a reward for one of its liaisons, records the party
 * organisation's meeting that decided it, and submits it; the community secretary approves or returns
 * it; an approved request goes to the street, which acknowledges it. Every step is one transaction
 * that appends a RewardEvent, the request's own timeline.
 *
 * Scope (RewardAccess): the community's staff see and move their community's requests; the street
 * sees a request once it reaches it, never the community's drafts; anything else is "not found".
 */
@Injectable()
export class RewardsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly events: EventBus,
    private readonly access: AccessService,
  ) {}

  // ---- reading ----

  async list(ctx: RequestContext, query: ListRewardsQuery): Promise<RewardRequestInfo[]> {
    const qb = await this.access.scope(ctx, 'reward', this.withParties());
    if (query.status) {
      // The filter narrows what the caller sees; the street asking for drafts gets none.
      if (ctx.role === 'streetAdmin' && !STREET_STATUSES.includes(query.status)) return [];
      qb.andWhere('reward.status = :status', { status: query.status });
    }
    const requests = await qb.orderBy('reward.updatedAt', 'DESC').addOrderBy('reward.id', 'DESC').getMany();
    return this.present(ctx, requests);
  }

  async get(ctx: RequestContext, id: number): Promise<RewardRequestInfo> {
    const request = await (await this.access.scope(ctx, 'reward', this.withParties().where('reward.id = :id', { id }))).getOne();
    if (!request) throw this.access.notFound('reward');
    const [info] = await this.present(ctx, [request]);
    return info;
  }

  // ---- the steps ----

  /** A draft for an active liaison of the caller's community, 一事一议 (for given appeals) or 综合考评 (for a period). */
  async create(ctx: RequestContext, input: CreateRewardDto): Promise<RewardRequestInfo> {
    const communityId = this.ownCommunity(ctx);
    const appealIds = input.appealIds ?? [];
    if (input.basis === 'caseByCase') {
      if (appealIds.length === 0) throw invalidField('appealIds', '一事一议须关联至少一件本社区的诉求');
      if (input.periodLabel !== undefined) throw invalidField('periodLabel', '一事一议不填写考评期');
    } else {
      if (input.periodLabel === undefined) throw invalidField('periodLabel', '综合考评须填写考评期，如“2026年第1季度”');
      if (appealIds.length > 0) throw invalidField('appealIds', '综合考评不关联具体诉求');
    }
    const id = await this.uow.run(async (em) => {
      if (!(await isActiveLiaison(em, input.liaisonUserId, communityId))) {
        throw invalidField('liaisonUserId', '请选择本社区在册的民情专员');
      }
      if (appealIds.length > 0) {
        const found = await em.find(Appeal, { select: { id: true, communityId: true }, where: { id: In(appealIds) } });
        const ours = new Set(found.filter((a) => a.communityId === communityId).map((a) => a.id));
        if (!appealIds.every((appealId) => ours.has(appealId))) throw invalidField('appealIds', '关联的诉求须为本社区的诉求');
      }
      const now = this.clock.now();
      const request = await em.save(
        em.create(RewardRequest, {
          communityId,
          liaisonUserId: input.liaisonUserId,
          basis: input.basis,
          appealIds,
          periodLabel: input.periodLabel ?? null,
          reward: input.reward,
          amount: input.amount ?? null,
          reason: input.reason,
          status: 'draft',
          meetingDate: null,
          meetingAttendees: null,
          meetingDecision: null,
          meetingMinutes: null,
          proposedById: ctx.userId,
          proposedAt: now,
          returnedReason: null,
          updatedAt: now,
        }),
      );
      await this.appendEvent(em, ctx, request.id, 'propose', now, null);
      return request.id;
    });
    return this.get(ctx, id);
  }

  /** The party organisation's meeting (社区党组织会议) that decided the reward; may be corrected until submitted. */
  recordMeeting(ctx: RequestContext, id: number, input: MeetingRecordDto): Promise<RewardRequestInfo> {
    return this.move(ctx, id, 'recordMeeting', async (request) => {
      request.meetingDate = new Date(input.date);
      request.meetingAttendees = input.attendees;
      request.meetingDecision = input.decision;
      request.meetingMinutes = input.minutes;
      return { note: input.decision };
    });
  }

  /** To the community secretary for approval (needs the meeting record). */
  submit(ctx: RequestContext, id: number): Promise<RewardRequestInfo> {
    return this.move(ctx, id, 'submit', async (request) => {
      request.returnedReason = null;
      return { note: null, announce: (step) => ({ type: 'RewardSubmitted', ...step }) };
    });
  }

  /** The community secretary approves, with her comment if any (the step's note): the request goes to the street. */
  approve(ctx: RequestContext, id: number, input: ApproveRewardDto = {}): Promise<RewardRequestInfo> {
    return this.move(ctx, id, 'approve', async () => ({ note: input.comment ?? null, announce: (step) => ({ type: 'RewardApproved', ...step }) }));
  }

  /** The community secretary sends it back with her reason; the community may correct and resubmit it. */
  returnRequest(ctx: RequestContext, id: number, input: ReturnRewardDto): Promise<RewardRequestInfo> {
    return this.move(ctx, id, 'return', async (request) => {
      request.returnedReason = input.reason;
      return { note: input.reason, announce: (step) => ({ type: 'RewardReturned', ...step, reason: input.reason }) };
    });
  }

  /** The street acknowledges an approved request. */
  acknowledge(ctx: RequestContext, id: number): Promise<RewardRequestInfo> {
    return this.move(ctx, id, 'acknowledge', async () => ({ note: null, announce: (step) => ({ type: 'RewardAcknowledged', ...step }) }));
  }

  // ---- the mechanics ----

  /** Locks the request, checks the move, applies it, appends the timeline entry and publishes its event, in one transaction. */
  private async move(
    ctx: RequestContext,
    id: number,
    action: RewardAction,
    work: (request: RewardRequest, em: EntityManager, now: Date) => Promise<MoveEffect>,
  ): Promise<RewardRequestInfo> {
    await this.uow.run(async (em) => {
      const request = await this.findForWrite(em, ctx, id);
      const check = checkRewardMove(ctx.role, action, { status: request.status, hasMeeting: hasMeeting(request) });
      if (!check.ok) throw this.refusal(action, request, check);
      const now = this.clock.now();
      const effect = await work(request, em, now);
      request.status = check.to;
      request.updatedAt = now;
      await em.save(request);
      const event = await this.appendEvent(em, ctx, request.id, action, now, effect.note);
      if (effect.announce) await this.events.publish(em, effect.announce({ request, stepId: event.id, actorId: ctx.userId, at: now }));
    });
    return this.get(ctx, id);
  }

  /** The request if the caller may see it (else 404), locked for the move. */
  private findForWrite(em: EntityManager, ctx: RequestContext, id: number): Promise<RewardRequest> {
    return this.access.findVisible(ctx, 'reward', id, em);
  }

  /** Requests with their community, liaison and proposer. */
  private withParties(): SelectQueryBuilder<RewardRequest> {
    return this.dataSource.manager
      .createQueryBuilder(RewardRequest, 'reward')
      .leftJoinAndSelect('reward.community', 'community')
      .leftJoinAndSelect('reward.liaison', 'liaison')
      .leftJoinAndSelect('reward.proposedBy', 'proposedBy');
  }

  private refusal(action: RewardAction, request: RewardRequest, check: Exclude<MoveCheck, { ok: true }>) {
    const label = REWARD_ACTION_LABELS[action];
    switch (check.reason) {
      case 'meeting':
        return conflict('MEETING_RECORD_REQUIRED', `尚无社区党组织会议记录，不能${label}`);
      case 'status':
        return conflict('REWARD_TRANSITION_NOT_ALLOWED', `奖励申请${REWARD_STATUS_LABELS[request.status]}，现在不能${label}`);
      default:
        return forbidden();
    }
  }

  private appendEvent(
    em: EntityManager,
    ctx: RequestContext,
    requestId: number,
    type: RewardEventInfo['type'],
    at: Date,
    note: string | null,
  ): Promise<RewardEvent> {
    return em.save(em.create(RewardEvent, { requestId, type, actorId: ctx.userId, actorRole: ctx.role, at, note }));
  }

  /** Requests with their timelines and appeals (one query each for all of them) and the caller's available moves. */
  private async present(ctx: RequestContext, requests: RewardRequest[]): Promise<RewardRequestInfo[]> {
    if (requests.length === 0) return [];
    const events = await this.dataSource.manager.find(RewardEvent, {
      where: { requestId: In(requests.map((r) => r.id)) },
      relations: { actor: true },
      order: { id: 'ASC' },
    });
    const appealIds = [...new Set(requests.flatMap((r) => r.appealIds))];
    const appeals = appealIds.length
      ? await this.dataSource.manager.find(Appeal, { select: { id: true, receivedAt: true, content: true }, where: { id: In(appealIds) } })
      : [];
    const appealById = new Map(appeals.map((a) => [a.id, { id: a.id, code: appealCode(a), summary: clipSummary(a.content) }]));
    return requests.map((r) =>
      toRewardRequestInfo(
        r,
        events.filter((e) => e.requestId === r.id),
        r.appealIds.flatMap((id) => appealById.get(id) ?? []),
        availableRewardActions(ctx.role, { status: r.status, hasMeeting: hasMeeting(r) }),
      ),
    );
  }

  private ownCommunity(ctx: RequestContext): number {
    if (ctx.actor.communityId === null) throw forbidden('NO_COMMUNITY', '只有社区工作人员可以提出奖励申请');
    return ctx.actor.communityId;
  }
}
