import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DEFAULT_TIER_POLICY, FILING_CHANNELS, initialDeadline, nextProgressDue, proposeTriage } from '@lingjuli/shared';
import { Repository } from 'typeorm';
import { Clock } from '../common/clock/clock';
import type { RequestContext } from '../common/context/request-context';
import { conflict, invalidField } from '../common/errors/app-error';
import { PhoneCipher } from '../common/privacy/phone-cipher';
import { isUniqueViolation } from '../database/db-errors';
import { UnitOfWork } from '../database/unit-of-work';
import { Building } from '../organisation/building.entity';
import { Community } from '../organisation/community.entity';
import { TimerService } from '../timers/timer.service';
import { UploadsService } from '../uploads/uploads.service';
import type { CreateAppealDto } from './dto/create-appeal.dto';
import { Appeal } from './entities/appeal.entity';
import { appendTimeline } from './timeline';

const STAFF_FILERS = new Set(['communityStaff', 'communitySecretary']);

export interface FiledAppeal {
  appeal: Appeal;
  /** True when this was a retry of a submission already filed with the same key. */
  replayed: boolean;
}

/** Intake from every channel (design §4.1), idempotent per filer and key. */
@Injectable()
export class AppealIntakeService {
  constructor(
    @InjectRepository(Appeal) private readonly appeals: Repository<Appeal>,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly phones: PhoneCipher,
    private readonly uploads: UploadsService,
    private readonly timers: TimerService,
  ) {}

  async file(ctx: RequestContext, input: CreateAppealDto, idempotencyKey: string): Promise<FiledAppeal> {
    const requestHash = hashRequest(input);
    const previous = await this.findByKey(ctx.userId, idempotencyKey, requestHash);
    if (previous) return { appeal: previous, replayed: true };

    this.checkFiler(ctx, input);
    try {
      const appeal = await this.uow.run(async (em) => {
        await this.checkPlace(em.getRepository(Community), em.getRepository(Building), ctx, input);
        const now = this.clock.now();
        const triage = proposeTriage(input.content, input.category ?? null);
        const deadline = initialDeadline(triage.tier, now);
        const staffFiled = STAFF_FILERS.has(ctx.role);
        const appeal = await em.save(
          em.create(Appeal, {
            communityId: input.communityId,
            buildingId: input.buildingId ?? null,
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
            contactName: input.contactName || null,
            contactPhoneEncrypted: input.contactPhone ? this.phones.encrypt(input.contactPhone) : null,
            proposedTier: triage.tier,
            proposedCategory: triage.category,
            triageRuleId: triage.reason.ruleId,
            triageKeyword: triage.reason.keyword,
            triageReason: triage.reason.text,
            tierPolicyVersion: DEFAULT_TIER_POLICY.version,
            receivedAt: now,
            cycleStartedAt: now,
            dueAt: deadline.dueAt,
            warnAt: deadline.warnAt,
            progressDueAt: triage.tier === 'complex' ? nextProgressDue(now) : null,
            idempotencyKey,
            requestHash,
            updatedAt: now,
          }),
        );
        const event = await appendTimeline(em, {
          appealId: appeal.id,
          type: 'file',
          actorId: ctx.userId,
          actorRole: ctx.role,
          at: now,
          toStatus: 'received',
          visibility: 'public',
          data: { channel: appeal.channel, tier: appeal.tier, category: appeal.category, triage: triage.reason.text },
        });
        await this.uploads.link(em, ctx, input.attachmentIds ?? [], appeal.id, event.id);
        await this.timers.syncAppeal(em, appeal, []);
        return appeal;
      });
      return { appeal, replayed: false };
    } catch (error) {
      // The same key raced in twice: the first insert won; answer with it.
      if (isUniqueViolation(error)) {
        const winner = await this.findByKey(ctx.userId, idempotencyKey, requestHash);
        if (winner) return { appeal: winner, replayed: true };
      }
      throw error;
    }
  }

  private async findByKey(filedById: number, idempotencyKey: string, requestHash: string): Promise<Appeal | null> {
    const existing = await this.appeals.findOneBy({ filedById, idempotencyKey });
    if (existing && existing.requestHash !== requestHash) {
      throw conflict('IDEMPOTENCY_KEY_REUSED', '该提交编号已用于另一条诉求，请刷新后重新提交');
    }
    return existing;
  }

  private checkFiler(ctx: RequestContext, input: CreateAppealDto): void {
    const channels = FILING_CHANNELS[ctx.role] ?? [];
    if (!channels.includes(input.channel)) throw invalidField('channel', `渠道只能是：${channels.join('、')}`);
    if (input.proactive && ctx.role !== 'liaison') throw invalidField('proactive', '只有民情专员上报的问题可标记为主动发现');
    if (ctx.role === 'resident' && input.contactName) throw invalidField('contactName', '居民本人提交无需填写联系人');
  }

  /** Staff and liaisons file only for their own community; a building must belong to the community. */
  private async checkPlace(
    communities: Repository<Community>,
    buildings: Repository<Building>,
    ctx: RequestContext,
    input: CreateAppealDto,
  ): Promise<void> {
    if (ctx.role !== 'resident' && ctx.actor.communityId !== input.communityId) {
      throw invalidField('communityId', '只能为本社区登记诉求');
    }
    if (!(await communities.existsBy({ id: input.communityId }))) throw invalidField('communityId', '社区不存在');
    if (input.buildingId != null && !(await buildings.existsBy({ id: input.buildingId, communityId: input.communityId }))) {
      throw invalidField('buildingId', '楼栋不属于该社区');
    }
  }
}

/** A stable hash of what was submitted, so a retry matches and a different body under the same key does not. */
function hashRequest(input: CreateAppealDto): string {
  const canonical = JSON.stringify(input, Object.keys(input).sort());
  return createHash('sha256').update(canonical).digest('hex');
}
