import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  cappedByCity,
  DEFAULT_TIER_POLICY,
  FILING_CHANNELS,
  initialDeadline,
  ROLE_SCOPE,
  isCommunityStaff,
  nextProgressDue,
  proposeTriage,
  type AttachmentInfo,
  type Channel,
  type TriageProposal,
} from '@lingjuli/shared';
import { Repository, type EntityManager } from 'typeorm';
import { Clock } from '../common/clock/clock';
import type { Actor, RequestContext } from '../common/context/request-context';
import { conflict, invalidField } from '../common/errors/app-error';
import { PhoneCipher } from '../common/privacy/phone-cipher';
import { ContentSecurity } from '../content-security/content-security.service';
import { isUniqueViolation } from '../database/db-errors';
import { UnitOfWork } from '../database/unit-of-work';
import { EventBus } from '../events/event-bus';
import type { Building } from '../organisation/building.entity';
import type { Community } from '../organisation/community.entity';
import { OrganisationService } from '../organisation/organisation.service';
import { AppealTimers } from './appeal-timers.service';
import { UploadsService } from '../uploads/uploads.service';
import { User } from '../users/user.entity';
import type { CreateAppealDto } from './dto/create-appeal.dto';
import type { AppealEvent } from './entities/appeal-event.entity';
import { Appeal } from './entities/appeal.entity';
import { appendTimeline } from './timeline';

export type FiledAppeal =
  /** Filed now: the appeal with its community, building and people set, its first timeline line and photos. */
  | { replayed: false; appeal: Appeal; event: AppealEvent; attachments: AttachmentInfo[] }
  /** A retry of a submission already filed with the same key: that appeal. */
  | { replayed: true; appeal: Appeal };

/**
 * Another system filing on a resident's behalf (docs/integration.md): an Open311 client. Its filer row is
 * the street admin who issued its key (`ctx`); it files on its own channel, only in its communities, and
 * the first line of the timeline is the system's, naming the client.
 */
export interface ThirdPartySource {
  kind: 'open311';
  clientId: number;
  clientName: string;
  communityIds: readonly number[];
}

/** Intake from every channel (docs/domain.md §4), idempotent per filer and key. */
@Injectable()
export class AppealIntakeService {
  constructor(
    @InjectRepository(Appeal) private readonly appeals: Repository<Appeal>,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly phones: PhoneCipher,
    private readonly uploads: UploadsService,
    private readonly timers: AppealTimers,
    private readonly organisation: OrganisationService,
    private readonly events: EventBus,
    private readonly contentSecurity: ContentSecurity,
  ) {}

  /**
   * Files an appeal in one transaction. A retry is recognised by the unique (filer, key) index, so
   * the common case — a first submission — costs no extra lookup. `source`: filed by another system.
   */
  async file(ctx: RequestContext, input: CreateAppealDto, idempotencyKey: string, source?: ThirdPartySource): Promise<FiledAppeal> {
    this.checkFiler(ctx, input, source);
    const place = await this.place(ctx, input, source);
    const requestHash = hashRequest(input);
    const triage = proposeTriage(input.content, input.category ?? null);
    // An emergency is taken at once and its words checked just after (docs/domain.md §11.1).
    const wordsCheck = await this.contentSecurity.checkWords(ctx, 'appealWords', input.content, 'content', { wait: triage.tier !== 'emergency' });
    try {
      return await this.uow.run(async (em) => {
        const filed = await this.insert(em, ctx, input, triage, place, idempotencyKey, requestHash, source);
        await this.contentSecurity.record(em, wordsCheck, filed.appeal.id);
        return filed;
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const previous = await this.appeals.findOneBy({ filedById: ctx.userId, idempotencyKey });
      if (!previous) {
        // Not a retry: another appeal holds the work order.
        if (input.workOrderNo && (await this.appeals.existsBy({ workOrderNo: input.workOrderNo }))) throw workOrderTaken(input.workOrderNo);
        throw error;
      }
      if (previous.requestHash !== requestHash) {
        throw conflict('IDEMPOTENCY_KEY_REUSED', '该提交编号已用于另一条诉求，请刷新后重新提交');
      }
      return { replayed: true, appeal: previous };
    }
  }

  private async insert(
    em: EntityManager,
    ctx: RequestContext,
    input: CreateAppealDto,
    triage: TriageProposal,
    { community, building }: { community: Community; building: Building | null },
    idempotencyKey: string,
    requestHash: string,
    source: ThirdPartySource | undefined,
  ): Promise<Extract<FiledAppeal, { replayed: false }>> {
    const now = this.clock.now();
    const cityDueAt = input.cityDueAt ? new Date(input.cityDueAt) : null;
    const deadline = cappedByCity(initialDeadline(triage.tier, now), triage.tier, cityDueAt);
    const staffFiled = !source && isCommunityStaff(ctx.role);
    const appeal = em.create(Appeal, {
      communityId: community.id,
      buildingId: building?.id ?? null,
      channel: input.channel,
      category: triage.category,
      tier: triage.tier,
      level: 'community',
      status: 'received',
      content: input.content,
      locationText: input.locationText || null,
      latitude: input.latitude ?? null,
      longitude: input.longitude ?? null,
      proactive: ctx.role === 'liaison' && (input.proactive ?? true),
      reporterId: ctx.role === 'resident' ? ctx.userId : null,
      filedById: ctx.userId,
      // Staff who take an appeal in are its first responder (首问负责制); online ones get theirs on acceptance.
      firstResponderId: staffFiled ? ctx.userId : null,
      handlerId: staffFiled ? ctx.userId : null,
      assignedLiaisonId: null,
      contactName: input.contactName || null,
      contactPhoneEncrypted: input.contactPhone ? this.phones.encrypt(input.contactPhone) : null,
      proposedTier: triage.tier,
      proposedCategory: triage.category,
      triageRuleId: triage.reason.ruleId,
      triageKeyword: triage.reason.keyword,
      triageReason: triage.reason.text,
      triageConfirmedById: null,
      triageConfirmedAt: null,
      tierPolicyVersion: DEFAULT_TIER_POLICY.version,
      receivedAt: now,
      cycleStartedAt: now,
      dueAt: deadline.dueAt,
      warnAt: deadline.warnAt,
      respondedAt: null,
      progressDueAt: triage.tier === 'complex' ? nextProgressDue(now) : null,
      resolvedAt: null,
      fedBackAt: null,
      closedAt: null,
      handedTo: null,
      reopenCount: 0,
      awaitingSecretaryReview: false,
      breachedAt: null,
      supervised: false,
      supporters: 0,
      idempotencyKey,
      requestHash,
      workOrderNo: input.workOrderNo ?? null,
      cityDispatchedAt: input.cityDispatchedAt ? new Date(input.cityDispatchedAt) : null,
      cityDueAt,
      open311ClientId: source?.clientId ?? null,
      updatedAt: now,
    });
    // Insert a copy: TypeORM merges the row's database defaults back into what it is given, raw (0 for false).
    appeal.id = (await em.insert(Appeal, { ...appeal })).identifiers[0].id as number;
    const event = await appendTimeline(em, {
      appealId: appeal.id,
      type: 'file',
      // Another system's filing is not the act of the admin who issued its key.
      actorId: source ? null : ctx.userId,
      actorRole: source ? 'system' : ctx.role,
      at: now,
      toStatus: 'received',
      visibility: 'public',
      data: {
        channel: appeal.channel,
        tier: appeal.tier,
        category: appeal.category,
        triage: triage.reason.text,
        ...(appeal.workOrderNo && { workOrderNo: appeal.workOrderNo }),
        ...(source && { open311Client: { id: source.clientId, name: source.clientName } }),
      },
    });
    const attachments = await this.uploads.link(em, ctx, input.attachmentIds ?? [], appeal.id, event.id);
    await this.timers.syncAppeal(em, appeal, []);
    await this.events.publish(em, { type: 'AppealFiled', appeal, at: now });

    // What the response shows, without reading any of it back.
    const filer = asUser(ctx.actor);
    Object.assign(appeal, {
      community,
      building,
      reporter: appeal.reporterId ? filer : null,
      firstResponder: appeal.firstResponderId ? filer : null,
      handler: appeal.handlerId ? filer : null,
      assignedLiaison: null,
      triageConfirmedBy: null,
    });
    event.actor = source ? null : filer;
    return { replayed: false, appeal, event, attachments };
  }

  private checkFiler(ctx: RequestContext, input: CreateAppealDto, source: ThirdPartySource | undefined): void {
    // A system files on its own channel only; no role files on it.
    const channels: readonly Channel[] = source ? [source.kind] : (FILING_CHANNELS[ctx.role] ?? []);
    if (!channels.includes(input.channel)) throw invalidField('channel', `渠道只能是：${channels.join('、')}`);
    if (input.proactive && (source || ctx.role !== 'liaison')) throw invalidField('proactive', '只有民情专员上报的问题可标记为主动发现');
    if (ctx.role === 'resident' && input.contactName) throw invalidField('contactName', '居民本人提交无需填写联系人');
    checkWorkOrder(input);
  }

  /**
   * Staff and liaisons file only for their own community, the street's command centre for any of the
   * street's (12345 transfers), another system only for the communities of its key; a building must
   * belong to the community.
   */
  private async place(
    ctx: RequestContext,
    input: CreateAppealDto,
    source: ThirdPartySource | undefined,
  ): Promise<{ community: Community; building: Building | null }> {
    if (source) {
      if (!source.communityIds.includes(input.communityId)) throw invalidField('communityId', '该接口只能为授权的社区登记诉求');
    } else if (ctx.role !== 'resident' && ROLE_SCOPE[ctx.role] !== 'street' && ctx.actor.communityId !== input.communityId) {
      throw invalidField('communityId', '只能为本社区登记诉求');
    }
    const community = await this.organisation.findCommunity(input.communityId);
    if (!community) throw invalidField('communityId', '社区不存在');
    if (input.buildingId == null) return { community, building: null };
    const building = await this.organisation.findBuilding(input.buildingId);
    if (!building || building.communityId !== community.id) throw invalidField('buildingId', '楼栋不属于该社区');
    return { community, building };
  }
}

/** Only a 12345 transfer carries a work order; the city dispatches it before its deadline. */
function checkWorkOrder(input: CreateAppealDto): void {
  if (input.channel !== 'city12345') {
    for (const field of ['workOrderNo', 'cityDispatchedAt', 'cityDueAt'] as const) {
      if (input[field] !== undefined) throw invalidField(field, '只有12345转派的诉求填写工单信息');
    }
    return;
  }
  if (input.cityDispatchedAt && input.cityDueAt && new Date(input.cityDueAt).getTime() <= new Date(input.cityDispatchedAt).getTime()) {
    throw invalidField('cityDueAt', '市级办理时限应晚于派单时间');
  }
}

export function workOrderTaken(workOrderNo: string) {
  const message = `工单 ${workOrderNo} 已登记过`;
  return conflict('WORK_ORDER_TAKEN', message, [{ field: 'workOrderNo', message }]);
}

/** The acting user as the relation the mappers read (id, name, role). */
function asUser(actor: Actor): User {
  return Object.assign(new User(), { id: actor.id, displayName: actor.displayName, role: actor.role });
}

/** A stable hash of what was submitted, so a retry matches and a different body under the same key does not. */
function hashRequest(input: CreateAppealDto): string {
  const canonical = JSON.stringify(input, Object.keys(input).sort());
  return createHash('sha256').update(canonical).digest('hex');
}
