import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  FINAL_STATUSES,
  SATISFACTION_LABELS,
  STATUS_LABELS,
  WHISTLE_MOVES,
  checkWhistleClose,
  checkWhistlePartMove,
  isBreached,
  whistleReportInDue,
  type ErrorCode,
  type WhistleEventInfo,
  type WhistleMoveCheck,
  type WhistlePartAction,
  type WhistleTargetStatus,
} from '@lingjuli/shared';
import { In, type EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import { AppealEndings, type AppealEnding, type EndedParts } from '../appeals/appeal-endings.service';
import { AppealInvolvements } from '../appeals/appeal-involvements';
import type { Appeal } from '../appeals/entities/appeal.entity';
import { appendTimeline } from '../appeals/timeline';
import { Clock } from '../common/clock/clock';
import type { RequestContext } from '../common/context/request-context';
import { conflict, forbidden, invalidField, notFound } from '../common/errors/app-error';
import { UnitOfWork } from '../database/unit-of-work';
import { EventBus } from '../events/event-bus';
import { Department } from '../organisation/department.entity';
import type { CloseWhistleDto, CompleteWhistleDto, CreateWhistleDto, ReportInDto, WhistleProgressDto } from './dto/whistles.dto';
import { WhistleEvent } from './whistle-event.entity';
import { WhistleReportInTimer } from './whistle-report-in.timer';
import { asPart, holdingOpen } from './whistle-queries.service';
import { WhistleTarget } from './whistle-target.entity';
import { Whistle } from './whistle.entity';

/** What a department's move wrote, for the whistle's record. */
interface PartEffect {
  type: WhistleEventInfo['type'];
  note: string | null;
}

/** Why a department's move is refused from its part's status (the move table says which statuses it starts from). */
const PART_REFUSALS: Record<WhistlePartAction, Partial<Record<WhistleTargetStatus, [ErrorCode, string]>>> = {
  reportIn: { reportedIn: ['WHISTLE_ALREADY_REPORTED_IN', '本单位已经报到'], completed: ['WHISTLE_ALREADY_REPORTED_IN', '本单位已办结，不能再报到'] },
  progress: { whistled: ['WHISTLE_NOT_REPORTED_IN', '请先报到，再填写进展'], completed: ['WHISTLE_PART_COMPLETED', '本单位已办结，不能再填写进展'] },
  complete: { whistled: ['WHISTLE_NOT_REPORTED_IN', '请先报到，再报告办结'], completed: ['WHISTLE_PART_COMPLETED', '本单位已经办结'] },
};

/**
 * The whistle (吹哨权, docs/domain.md §8.1): a community calls departments with a report-in deadline; each
 * department reports in, acts and completes its own part; the community closes the whistle by rating
 * each department. Every write is one transaction with one line on the whistle's record.
 */
@Injectable()
export class WhistlesService implements OnModuleInit {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly access: AccessService,
    private readonly reportInTimers: WhistleReportInTimer,
    private readonly events: EventBus,
    private readonly endings: AppealEndings,
    private readonly involvements: AppealInvolvements,
  ) {}

  onModuleInit(): void {
    this.endings.register((em, ending) => this.cancelForEndedAppeal(em, ending));
  }

  /**
   * Whistle departments on behalf of the caller's community, about one of its appeals or a community
   * matter: the targets, their report-in timers, the notices to the departments and (for an appeal)
   * a public line on its timeline, all in one transaction.
   */
  create(ctx: RequestContext, input: CreateWhistleDto): Promise<Whistle> {
    const communityId = ctx.actor.communityId;
    if (communityId === null) throw forbidden('NO_COMMUNITY', '您不属于任何社区，不能吹哨');
    return this.uow.run(async (em) => {
      const now = this.clock.now();
      let appeal: Appeal | null = null;
      if (input.appealId !== undefined) {
        // Locked: the timeline line below is appended in order with the appeal's other writes.
        appeal = await this.access.findVisible(ctx, 'appeal', input.appealId, em);
        if (appeal.communityId !== communityId) throw notFound('APPEAL_NOT_FOUND', '找不到该诉求');
        if (FINAL_STATUSES.includes(appeal.status)) {
          throw conflict('APPEAL_FINISHED', `诉求${STATUS_LABELS[appeal.status]}，不能再为它吹哨`);
        }
      }
      const departments = await em.findBy(Department, { id: In(input.departmentIds), active: true });
      const missing = input.departmentIds.findIndex((id) => !departments.some((d) => d.id === id));
      if (missing >= 0) throw invalidField(`departmentIds.${missing}`, '被吹哨单位不存在或已停用');
      const names = input.departmentIds.map((id) => departments.find((d) => d.id === id)!.name);

      const tier = input.tier ?? appeal?.tier ?? 'ordinary';
      const reportInDueAt = whistleReportInDue(tier, now, input.reportInMinutes);
      const whistle = await em.save(
        em.create(Whistle, {
          communityId,
          appealId: appeal?.id ?? null,
          subject: input.subject,
          description: input.description,
          tier,
          status: 'open',
          createdById: ctx.userId,
          createdAt: now,
          reportInDueAt,
          closedAt: null,
          closedById: null,
        }),
      );
      const targets = await em.save(
        input.departmentIds.map((departmentId) =>
          em.create(WhistleTarget, {
            whistleId: whistle.id,
            departmentId,
            status: 'whistled',
            whistleStatus: whistle.status,
            whistleCreatedAt: whistle.createdAt,
            reportedInAt: null,
            reportedInById: null,
            reportInMissedAt: null,
            completedAt: null,
            completedById: null,
            completionNote: null,
            rating: null,
            ratingComment: null,
          }),
        ),
      );
      await this.reportInTimers.schedule(
        em,
        targets.map((t) => t.id),
        reportInDueAt,
      );
      // A department whistled about an appeal works on it.
      if (appeal) await this.involvements.record(em, appeal, input.departmentIds);
      await this.record(em, whistle.id, ctx, now, { type: 'whistle', note: `向${names.join('、')}吹哨` }, null);
      await this.events.publish(em, { type: 'WhistleRaised', whistle, departmentIds: input.departmentIds, at: now });
      if (appeal) {
        await appendTimeline(em, {
          appealId: appeal.id,
          type: 'whistle',
          actorId: ctx.userId,
          actorRole: ctx.role,
          at: now,
          fromStatus: appeal.status,
          toStatus: appeal.status,
          note: `社区向${names.join('、')}吹哨：${input.subject}`,
          visibility: 'public',
          data: { whistleId: whistle.id, departments: names, reportInDueAt: reportInDueAt.toISOString() },
        });
      }
      return whistle;
    });
  }

  /** The department reports in (报到); late is still recorded, and the missed deadline stays on its record. */
  reportIn(ctx: RequestContext, id: number, input: ReportInDto): Promise<Whistle> {
    return this.onOwnPart(ctx, id, 'reportIn', async (whistle, target, em, now, to) => {
      await em.update(WhistleTarget, { id: target.id }, { status: to, reportedInAt: now, reportedInById: ctx.userId });
      await this.reportInTimers.cancel(em, [target.id]);
      await this.events.publish(em, { type: 'WhistleReportedIn', whistle, target, at: now });
      const late = isBreached(whistle.reportInDueAt, now);
      const note = input.note ?? null;
      return { type: 'reportIn', note: late ? `逾期报到${note ? `：${note}` : ''}` : note };
    });
  }

  /** A progress note on the department's part, once it has reported in. */
  progress(ctx: RequestContext, id: number, input: WhistleProgressDto): Promise<Whistle> {
    return this.onOwnPart(ctx, id, 'progress', async () => {
      return { type: 'progress', note: input.content };
    });
  }

  /** The department reports its part done. */
  complete(ctx: RequestContext, id: number, input: CompleteWhistleDto): Promise<Whistle> {
    return this.onOwnPart(ctx, id, 'complete', async (_whistle, target, em, now, to) => {
      await em.update(WhistleTarget, { id: target.id }, { status: to, completedAt: now, completedById: ctx.userId, completionNote: input.note });
      return { type: 'complete', note: input.note };
    });
  }

  /**
   * The community closes the whistle once every department has completed (or let its report-in
   * deadline pass without reporting in), rating each one's response: exactly one rating per whistled
   * department. A department that never reported in is named on the record.
   */
  close(ctx: RequestContext, id: number, input: CloseWhistleDto): Promise<Whistle> {
    return this.uow.run(async (em) => {
      const whistle = await this.access.findVisible(ctx, 'whistle', id, em);
      // Only the whistle's own community closes it (a grid's or the street's view is read-only).
      if (ctx.actor.communityId !== whistle.communityId) throw notFound('WHISTLE_NOT_FOUND', '找不到该吹哨');
      const targets = await this.lockTargets(em, whistle.id);
      const departments = await em.findBy(Department, { id: In(targets.map((t) => t.departmentId)) });
      const nameOf = (departmentId: number) => departments.find((d) => d.id === departmentId)?.name ?? '';

      const check = checkWhistleClose(ctx.role, { status: whistle.status, parts: targets.map(asPart) });
      if (!check.ok) {
        const waitedFor = targets.filter(holdingOpen);
        throw check.reason === 'waiting'
          ? conflict('WHISTLE_NOT_COMPLETED', `${waitedFor.map((t) => nameOf(t.departmentId)).join('、')}尚未办结，不能结束吹哨`)
          : refusal(check);
      }
      input.ratings.forEach((r, i) => {
        if (!targets.some((t) => t.departmentId === r.departmentId)) {
          throw invalidField(`ratings.${i}.departmentId`, '该单位不在此次吹哨之列');
        }
        if (input.ratings.findIndex((o) => o.departmentId === r.departmentId) !== i) {
          throw invalidField(`ratings.${i}.departmentId`, `${nameOf(r.departmentId)}只能评价一次`);
        }
      });
      const unrated = targets.filter((t) => !input.ratings.some((r) => r.departmentId === t.departmentId));
      if (unrated.length) throw invalidField('ratings', `请评价${unrated.map((t) => nameOf(t.departmentId)).join('、')}的响应情况`);

      const now = this.clock.now();
      for (const r of input.ratings) {
        const target = targets.find((t) => t.departmentId === r.departmentId)!;
        await em.update(WhistleTarget, { id: target.id }, { rating: r.rating, ratingComment: r.comment ?? null });
      }
      await endWhistle(em, whistle, { status: check.to, closedAt: now, closedById: ctx.userId });
      const absent = targets.filter((t) => t.status === 'whistled').map((t) => nameOf(t.departmentId));
      const ratings = input.ratings.map((r) => `${nameOf(r.departmentId)}：${SATISFACTION_LABELS[r.rating]}`).join('；');
      const summary = absent.length ? `${ratings}。${absent.join('、')}超时未报到` : ratings;
      await this.record(em, whistle.id, ctx, now, { type: 'close', note: summary }, null);
      return whistle;
    });
  }

  /**
   * The appeal a whistle is about ended (withdrawn, rejected, closed): its open whistles end with it,
   * on their record, so no department is kept reporting in or flagged for an appeal that is gone.
   * Their pending report-in timers go and the whistled departments are told. In the transaction that
   * ended the appeal (which holds the appeal; each whistle is locked as every whistle write does).
   */
  private async cancelForEndedAppeal(em: EntityManager, { appeal, status, at }: AppealEnding): Promise<EndedParts> {
    const qb = em
      .createQueryBuilder(Whistle, 'whistle')
      .where('whistle.appealId = :appealId', { appealId: appeal.id })
      .andWhere('whistle.status = :open', { open: 'open' })
      .orderBy('whistle.id', 'ASC');
    if (this.uow.writeLock) qb.setLock('pessimistic_write');
    const whistles = await qb.getMany();
    if (whistles.length === 0) return null;
    const why = `诉求${STATUS_LABELS[status]}`;
    for (const whistle of whistles) {
      const targets = await this.lockTargets(em, whistle.id);
      await endWhistle(em, whistle, { status: WHISTLE_MOVES.cancel.to, closedAt: at, closedById: null });
      await this.reportInTimers.cancel(
        em,
        targets.map((t) => t.id),
      );
      await em.insert(WhistleEvent, {
        whistleId: whistle.id,
        type: 'cancel',
        actorId: null,
        actorRole: 'system',
        departmentId: null,
        note: `${why}，吹哨随之撤销`,
        at,
      });
      await this.events.publish(em, { type: 'WhistleCancelled', whistle, appeal, appealStatus: status, targets, at });
    }
    return { cancelledWhistles: whistles.map((w) => ({ id: w.id, subject: w.subject })) };
  }

  // ---- the mechanics ----

  /**
   * A department's move on its own part, checked against the move table. The scope already hides a
   * whistle its department is not in (404); the whistle and then the part are locked, in that order,
   * like every whistle write.
   */
  private onOwnPart(
    ctx: RequestContext,
    id: number,
    action: WhistlePartAction,
    work: (whistle: Whistle, target: WhistleTarget, em: EntityManager, now: Date, to: WhistleTargetStatus) => Promise<PartEffect>,
  ): Promise<Whistle> {
    return this.uow.run(async (em) => {
      const whistle = await this.access.findVisible(ctx, 'whistle', id, em);
      const qb = em
        .createQueryBuilder(WhistleTarget, 'target')
        .where('target.whistleId = :whistleId', { whistleId: whistle.id })
        .andWhere('target.departmentId = :departmentId', { departmentId: ctx.actor.departmentId ?? -1 });
      if (this.uow.writeLock) qb.setLock('pessimistic_write');
      const own = await qb.getOne();
      const check = checkWhistlePartMove(ctx.role, action, whistle.status, own && asPart(own));
      if (!check.ok) {
        const refused = check.reason === 'part' ? PART_REFUSALS[action][check.from] : undefined;
        throw refused ? conflict(...refused) : refusal(check);
      }
      // The check passed, so the department has its part.
      const target = own as WhistleTarget;
      const now = this.clock.now();
      const effect = await work(whistle, target, em, now, check.to);
      await this.record(em, whistle.id, ctx, now, effect, target.departmentId);
      return whistle;
    });
  }

  private lockTargets(em: EntityManager, whistleId: number): Promise<WhistleTarget[]> {
    const qb = em.createQueryBuilder(WhistleTarget, 'target').where('target.whistleId = :whistleId', { whistleId }).orderBy('target.id', 'ASC');
    if (this.uow.writeLock) qb.setLock('pessimistic_write');
    return qb.getMany();
  }

  /** One immutable line on the whistle's record. */
  private async record(em: EntityManager, whistleId: number, ctx: RequestContext, at: Date, effect: PartEffect, departmentId: number | null): Promise<void> {
    await em.insert(WhistleEvent, {
      whistleId,
      type: effect.type,
      actorId: ctx.userId,
      actorRole: ctx.role,
      departmentId,
      note: effect.note,
      at,
    });
  }
}

/** The refusals every whistle move shares. */
function refusal(check: Exclude<WhistleMoveCheck<unknown>, { ok: true }>) {
  switch (check.reason) {
    case 'notWhistled':
      return forbidden('NOT_WHISTLED', '本单位不在此次吹哨之列');
    case 'ended':
      return conflict('WHISTLE_CLOSED', '该吹哨已经结束');
    default:
      return forbidden();
  }
}

/** A whistle ends (closed or cancelled): on it, and on its parts' copy of its status. */
async function endWhistle(em: EntityManager, whistle: Whistle, end: Pick<Whistle, 'status' | 'closedAt' | 'closedById'>): Promise<void> {
  await em.update(Whistle, { id: whistle.id }, end);
  await em.update(WhistleTarget, { whistleId: whistle.id }, { whistleStatus: end.status });
  Object.assign(whistle, end);
}
