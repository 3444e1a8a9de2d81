import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  FINAL_STATUSES,
  availableActions,
  type AppealAction,
  type AppealDetail,
  type AppealPage,
  type AppealSummary,
  type AttachmentInfo,
  type TriageInfo,
} from '@lingjuli/shared';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock/clock';
import type { RequestContext } from '../common/context/request-context';
import { notFound } from '../common/errors/app-error';
import { PhoneCipher, maskPhone } from '../common/privacy/phone-cipher';
import { UploadsService } from '../uploads/uploads.service';
import { toPersonRef } from '../users/user.mapper';
import { AppealScope } from './appeal-scope.service';
import {
  toAppealSummary,
  toDispatchOrderInfo,
  toFeedbackInfo,
  toRatingInfo,
  toTimelineEntry,
} from './appeal.mapper';
import type { ListAppealsQuery } from './dto/list-appeals.query';
import { AppealEvent } from './entities/appeal-event.entity';
import { AppealFeedback } from './entities/appeal-feedback.entity';
import { AppealRating } from './entities/appeal-rating.entity';
import { Appeal } from './entities/appeal.entity';
import { DispatchAssignment } from './entities/dispatch-assignment.entity';
import { DispatchOrder } from './entities/dispatch-order.entity';

/** What an appeal's detail is made of besides the appeal row. */
export interface AppealParts {
  events: AppealEvent[];
  feedbacks: AppealFeedback[];
  ratings: AppealRating[];
  order: DispatchOrder | null;
  attachments: AttachmentInfo[];
}

/** People who only see what is public: residents, and the volunteers who visit them. */
const PUBLIC_ONLY = new Set(['resident', 'liaison']);

@Injectable()
export class AppealQueriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: AppealScope,
    private readonly clock: Clock,
    private readonly phones: PhoneCipher,
    private readonly uploads: UploadsService,
  ) {}

  /** A queue: staff get open appeals soonest-due first; residents and liaisons their own, newest first. */
  async list(ctx: RequestContext, query: ListAppealsQuery): Promise<AppealPage> {
    const now = this.clock.now();
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const qb = this.dataSource
      .createQueryBuilder(Appeal, 'appeal')
      .leftJoinAndSelect('appeal.community', 'community')
      .leftJoinAndSelect('appeal.building', 'building')
      .leftJoinAndSelect('appeal.handler', 'handler');
    await this.scope.apply(ctx, qb);

    if (query.status) qb.andWhere('appeal.status = :status', { status: query.status });
    else if (query.open !== false) qb.andWhere('appeal.status NOT IN (:...final)', { final: FINAL_STATUSES });
    if (query.tier) qb.andWhere('appeal.tier = :tier', { tier: query.tier });
    if (query.level) qb.andWhere('appeal.level = :level', { level: query.level });
    if (query.communityId !== undefined) qb.andWhere('appeal.communityId = :communityId', { communityId: query.communityId });
    if (query.overdue !== undefined) {
      const overdue = '(appeal.respondedAt IS NULL AND appeal.dueAt < :now AND appeal.status NOT IN (:...final))';
      qb.andWhere(query.overdue ? overdue : `NOT ${overdue}`, { now, final: FINAL_STATUSES });
    }

    const sort = query.sort ?? (PUBLIC_ONLY.has(ctx.role) ? 'recent' : 'due');
    if (sort === 'due') qb.orderBy('appeal.dueAt', 'ASC').addOrderBy('appeal.id', 'ASC');
    else qb.orderBy('appeal.receivedAt', 'DESC').addOrderBy('appeal.id', 'DESC');

    const [rows, total] = await qb.skip((page - 1) * pageSize).take(pageSize).getManyAndCount();
    return { items: rows.map((a) => toAppealSummary(a, now)), total, page, pageSize, serverTime: now.toISOString() };
  }

  async detail(ctx: RequestContext, id: number): Promise<AppealDetail> {
    const qb = this.dataSource
      .createQueryBuilder(Appeal, 'appeal')
      .leftJoinAndSelect('appeal.community', 'community')
      .leftJoinAndSelect('appeal.building', 'building')
      .leftJoinAndSelect('appeal.handler', 'handler')
      .leftJoinAndSelect('appeal.reporter', 'reporter')
      .leftJoinAndSelect('appeal.firstResponder', 'firstResponder')
      .leftJoinAndSelect('appeal.assignedLiaison', 'assignedLiaison')
      .leftJoinAndSelect('appeal.triageConfirmedBy', 'triageConfirmedBy')
      .where('appeal.id = :id', { id });
    const appeal = await (await this.scope.apply(ctx, qb)).getOne();
    if (!appeal) throw notFound('APPEAL_NOT_FOUND', '找不到该诉求');
    const manager = this.dataSource.manager;
    const [events, feedbacks, ratings, order, attachments] = await Promise.all([
      manager.find(AppealEvent, {
        where: PUBLIC_ONLY.has(ctx.role) ? { appealId: id, visibility: 'public' } : { appealId: id },
        relations: { actor: true },
        order: { id: 'ASC' },
      }),
      manager.find(AppealFeedback, { where: { appealId: id }, relations: { by: true }, order: { id: 'ASC' } }),
      manager.find(AppealRating, { where: { appealId: id }, order: { round: 'ASC' } }),
      manager.findOne(DispatchOrder, {
        where: { appealId: id },
        relations: { requestedBy: true, consultedWith: true, dispatchedBy: true, assignments: { department: true } },
      }),
      this.uploads.forAppeal(id),
    ]);
    return this.present(ctx, appeal, { events, feedbacks, ratings, order, attachments });
  }

  /**
   * The detail as `ctx` may see it, from an appeal with its people loaded and its parts. Intake calls
   * this directly with what it just wrote, so filing costs no read-back.
   */
  present(ctx: RequestContext, appeal: Appeal, parts: AppealParts): AppealDetail {
    const { events, feedbacks, ratings, order, attachments } = parts;
    const triage: TriageInfo = {
      proposedTier: appeal.proposedTier,
      proposedCategory: appeal.proposedCategory,
      reason: { ruleId: appeal.triageRuleId, keyword: appeal.triageKeyword, text: appeal.triageReason },
      confirmedBy: toPersonRef(appeal.triageConfirmedBy),
      confirmedAt: appeal.triageConfirmedAt?.toISOString() ?? null,
    };
    return {
      ...toAppealSummary(appeal, this.clock.now()),
      content: appeal.content,
      locationText: appeal.locationText,
      latitude: appeal.latitude,
      longitude: appeal.longitude,
      reporter: toPersonRef(appeal.reporter),
      contactName: appeal.contactName,
      contactPhone: this.contactPhoneFor(ctx, appeal),
      firstResponder: toPersonRef(appeal.firstResponder),
      assignedLiaison: toPersonRef(appeal.assignedLiaison),
      triage,
      handedTo: appeal.handedTo,
      attachments,
      timeline: events.map(toTimelineEntry),
      feedbacks: feedbacks.map(toFeedbackInfo),
      ratings: ratings.map(toRatingInfo),
      dispatchOrder: order ? toDispatchOrderInfo(order) : null,
      actions: this.actionsFor(ctx, appeal, order),
    };
  }

  /** Dispatch orders waiting for the command centre, oldest first. */
  async pendingDispatchOrders(ctx: RequestContext): Promise<AppealSummary[]> {
    const now = this.clock.now();
    const qb = this.dataSource
      .createQueryBuilder(Appeal, 'appeal')
      .innerJoin(DispatchOrder, 'order', 'order.appealId = appeal.id AND order.status = :pending', { pending: 'pending' })
      .leftJoinAndSelect('appeal.community', 'community')
      .leftJoinAndSelect('appeal.building', 'building')
      .leftJoinAndSelect('appeal.handler', 'handler')
      .andWhere('appeal.status NOT IN (:...final)', { final: FINAL_STATUSES })
      .orderBy('order.requestedAt', 'ASC');
    await this.scope.apply(ctx, qb);
    return (await qb.getMany()).map((a) => toAppealSummary(a, now));
  }

  /** Full number for the people handling it and for the resident herself; masked for everyone else. */
  private contactPhoneFor(ctx: RequestContext, appeal: Appeal): string | null {
    if (!appeal.contactPhoneEncrypted) return null;
    const phone = this.phones.decrypt(appeal.contactPhoneEncrypted);
    const handling =
      appeal.reporterId === ctx.userId ||
      appeal.assignedLiaisonId === ctx.userId ||
      ((ctx.role === 'communityStaff' || ctx.role === 'communitySecretary') && ctx.actor.communityId === appeal.communityId);
    return handling ? phone : maskPhone(phone);
  }

  /** The transition table's answer, narrowed by what the table cannot know (who is lead, who is assigned). */
  private actionsFor(ctx: RequestContext, appeal: Appeal, order: DispatchOrder | null): AppealAction[] {
    const mine = (order?.assignments ?? []).filter(
      (a: DispatchAssignment) => a.departmentId === ctx.actor.departmentId && a.completedAt === null,
    );
    return availableActions(ctx.role, appeal).filter((action) => {
      switch (action) {
        case 'secretaryReview':
          return appeal.awaitingSecretaryReview;
        case 'rate':
          return !appeal.awaitingSecretaryReview;
        case 'feedback':
          return ctx.role !== 'liaison' || appeal.assignedLiaisonId === ctx.userId;
        case 'dispatch':
          return order?.status === 'pending';
        case 'resolve':
          return ctx.role !== 'departmentStaff' || mine.some((a) => a.role === 'lead');
        case 'completeAssignment':
          return mine.some((a) => a.role === 'assist');
        default:
          return true;
      }
    });
  }
}
