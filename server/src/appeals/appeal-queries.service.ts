import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  APPEAL_COUNT_LIMIT,
  availableActions,
  FINAL_STATUSES,
  isCommunityStaff,
  maskPersonalData,
  STAFF_ROLES,
  type AppealAction,
  type AppealDetail,
  type AppealPage,
  type AppealSummary,
  type AttachmentInfo,
  type LiaisonRecord,
  type PendingDispatchOrdersQuery,
  type TimelineEntry,
  type TriageInfo,
} from '@lingjuli/shared';
import { DataSource, In, type SelectQueryBuilder } from 'typeorm';
import { AccessService } from '../access/access.service';
import { Clock } from '../common/clock/clock';
import type { RequestContext } from '../common/context/request-context';
import { invalidField, notFound } from '../common/errors/app-error';
import { ContentSecurity, type ContentMark } from '../content-security/content-security.service';
import { decodeCursor, decodeCursorOf, encodeCursor, orderFrom, type KeysetOrder } from '../common/pagination/keyset';
import { PhoneCipher, maskPhone } from '../common/privacy/phone-cipher';
import { UploadsService } from '../uploads/uploads.service';
import { INVOLVED } from './appeal-involvements';
import { toPersonRef } from '../users/user.mapper';
import { appealCode, iso, supporterLine, toAppealSummary, toDispatchOrderInfo, toFeedbackInfo, toRatingInfo, toTimelineEntry } from './appeal.mapper';
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
  /** Staff's marks where WeChat's check has not passed: on the filer's words, on rating comments and feedback by id. */
  contentMarks?: { words?: ContentMark; comments: Map<number, ContentMark>; feedbacks: Map<number, ContentMark> };
}

/** An appeal read with its pending dispatch order. */
type PendingAppeal = Appeal & { pendingOrder: DispatchOrder };

/** People who only see what is public: residents, and the volunteers who visit them. */
const PUBLIC_ONLY = new Set(['resident', 'liaison']);

/** The lists' orders, each read from an index in that order (see Appeal's indexes). */
const LIST_ORDERS = {
  due: { name: 'due', column: 'appeal.dueAt', key: 'dueAt', direction: 'ASC' },
  recent: { name: 'recent', column: 'appeal.receivedAt', key: 'receivedAt', direction: 'DESC' },
} as const satisfies Record<string, KeysetOrder & { key: keyof Appeal }>;

/**
 * A department's appeals are joined to its involvement rows (AppealAccess), which carry each appeal's
 * openness and deadline: its open queue is read from their index in due order, as the same values.
 */
const DEPARTMENT_KEYS = { isOpen: `${INVOLVED}.isOpen`, due: { ...LIST_ORDERS.due, column: `${INVOLVED}.dueAt`, idColumn: `${INVOLVED}.appealId` } };

/** Pending dispatch orders, oldest first, read from (status, requestedAt, id): the order's own id breaks ties. */
const PENDING_ORDER = { name: 'pending', column: 'order.requestedAt', idColumn: 'order.id', direction: 'ASC' } as const satisfies KeysetOrder;

/** A page of pending dispatch orders holds at most this many; the next page follows a cursor. */
const PENDING_LIMIT = 50;

/** Pending orders by their copy of the appeal's deadline (DispatchOrder's indexes), ties by the order's id. */
const byDue = (name: string): KeysetOrder => ({ name, column: 'order.appealDueAt', idColumn: 'order.id', direction: 'ASC' });

/**
 * The pending orders overdue first, then by deadline (`sort: 'overdue'`): three ranges, read one
 * after another, each from an index in (deadline, id) order — the overdue ones (deadline passed, not
 * met: most overdue first), those past their deadline that met it, then those still in time. Every
 * deadline of the first two has passed, so the last two together are in deadline order.
 */
const PENDING_BY_DUE: readonly { order: KeysetOrder; where: string; responded?: boolean }[] = [
  { order: byDue('pendingOverdue'), where: 'order.appealResponded = :responded AND order.appealDueAt < :now', responded: false },
  { order: byDue('pendingRespondedPastDue'), where: 'order.appealResponded = :responded AND order.appealDueAt < :now', responded: true },
  { order: byDue('pendingInTime'), where: 'order.appealDueAt >= :now' },
];

/** How many of her latest reports and visits a liaison's record lists. */
const RECENT = 10;

/** A resident who sees an appeal she did not report follows it through "me too" (see AppealAccess). */
const isSupporterView = (ctx: RequestContext, appeal: Appeal) => ctx.role === 'resident' && appeal.reporterId !== ctx.userId;

@Injectable()
export class AppealQueriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
    private readonly phones: PhoneCipher,
    private readonly uploads: UploadsService,
    private readonly contentSecurity: ContentSecurity,
  ) {}

  /**
   * A queue: staff get open appeals soonest-due first; residents and liaisons their own, newest first.
   * The page is read in two steps — the ids in the list's order from an index, then those appeals —
   * and counted only up to APPEAL_COUNT_LIMIT, so no page reads a community's history
   * (docs/performance.md, "Reads as the ledger grows").
   */
  async list(ctx: RequestContext, query: ListAppealsQuery): Promise<AppealPage> {
    const now = this.clock.now();
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    if (query.cursor !== undefined && query.page !== undefined) throw invalidField('cursor', '翻页位置与页码不能同时使用');
    const order = LIST_ORDERS[query.sort ?? (PUBLIC_ONLY.has(ctx.role) ? 'recent' : 'due')];
    const after = query.cursor === undefined ? null : decodeCursor(order, query.cursor);
    const department = ctx.role === 'departmentStaff';

    const filtered = this.dataSource.createQueryBuilder(Appeal, 'appeal');
    await this.access.scope(ctx, 'appeal', filtered);
    this.filter(ctx, filtered, query, now, department ? DEPARTMENT_KEYS.isOpen : 'appeal.isOpen');

    const pageIds = orderFrom(filtered.clone().select('appeal.id', 'id'), department && order.name === 'due' ? DEPARTMENT_KEYS.due : order, after)
      .offset(after ? 0 : (page - 1) * pageSize)
      .limit(pageSize + 1);
    const [idRows, counted] = await Promise.all([pageIds.getRawMany<{ id: number | string }>(), this.countUpTo(filtered, APPEAL_COUNT_LIMIT)]);
    const ids = idRows.slice(0, pageSize).map((row) => Number(row.id));
    const rows = ids.length === 0 ? [] : await orderFrom(this.summaryQuery().where('appeal.id IN (:...ids)', { ids }), order, null).getMany();
    const last = rows.at(-1);
    return {
      items: rows.map((a) => toAppealSummary(a, now, isSupporterView(ctx, a))),
      total: Math.min(counted, APPEAL_COUNT_LIMIT),
      totalIsLowerBound: counted > APPEAL_COUNT_LIMIT,
      page,
      pageSize,
      nextCursor: idRows.length > pageSize && last ? encodeCursor(order, { key: last[order.key], id: last.id }) : null,
      serverTime: now.toISOString(),
    };
  }

  /** The list's filters; an appeal is open by its `isOpen` column (`openColumn`), which the open lists' indexes lead with. */
  private filter(ctx: RequestContext, qb: SelectQueryBuilder<Appeal>, query: ListAppealsQuery, now: Date, openColumn: string): void {
    if (query.status) qb.andWhere('appeal.status = :status', { status: query.status });
    else if (query.open !== false) qb.andWhere(`${openColumn} = :open`, { open: true });
    if (query.tier) qb.andWhere('appeal.tier = :tier', { tier: query.tier });
    if (query.level) qb.andWhere('appeal.level = :level', { level: query.level });
    if (query.communityId !== undefined) qb.andWhere('appeal.communityId = :communityId', { communityId: query.communityId });
    if (query.supervised !== undefined) qb.andWhere('appeal.supervised = :supervised', { supervised: query.supervised });
    if (query.involvement) {
      // Only a liaison is both a reporter and a visitor; for anyone else the filter would mean nothing.
      if (ctx.role !== 'liaison') throw invalidField('involvement', '参与方式筛选仅适用于民情专员');
      const column = query.involvement === 'reported' ? 'appeal.filedById' : 'appeal.assignedLiaisonId';
      qb.andWhere(`${column} = :involvedId`, { involvedId: ctx.userId });
    }
    if (query.overdue !== undefined) {
      const overdue = '(appeal.isOpen = :overdueOpen AND appeal.respondedAt IS NULL AND appeal.dueAt < :now)';
      qb.andWhere(query.overdue ? overdue : `NOT ${overdue}`, { now, overdueOpen: true });
    }
  }

  /** How many rows `qb` finds, counting no further than one past `limit` (an index range, never the whole history). */
  private async countUpTo(qb: SelectQueryBuilder<Appeal>, limit: number): Promise<number> {
    const [sql, parameters] = qb
      .clone()
      .select('1', 'one')
      .limit(limit + 1)
      .getQueryAndParameters();
    const [row] = await this.dataSource.query<{ n: number | string }[]>(`SELECT COUNT(*) AS n FROM (${sql}) counted`, parameters);
    return Number(row?.n ?? 0);
  }

  async detail(ctx: RequestContext, id: number): Promise<AppealDetail> {
    const qb = this.summaryQuery()
      .leftJoinAndSelect('appeal.reporter', 'reporter')
      .leftJoinAndSelect('appeal.firstResponder', 'firstResponder')
      .leftJoinAndSelect('appeal.assignedLiaison', 'assignedLiaison')
      .leftJoinAndSelect('appeal.triageConfirmedBy', 'triageConfirmedBy')
      .where('appeal.id = :id', { id });
    const appeal = await (await this.access.scope(ctx, 'appeal', qb)).getOne();
    if (!appeal) throw notFound('APPEAL_NOT_FOUND', '找不到该诉求');
    const manager = this.dataSource.manager;
    const supporter = isSupporterView(ctx, appeal);
    const staff = STAFF_ROLES.includes(ctx.role);
    const [events, feedbacks, ratings, order, attachments] = await Promise.all([
      manager.find(AppealEvent, {
        where: PUBLIC_ONLY.has(ctx.role) ? { appealId: id, visibility: 'public' } : { appealId: id },
        relations: { actor: true },
        order: { id: 'ASC' },
      }),
      manager.find(AppealFeedback, { where: { appealId: id }, relations: { by: true, departments: true, communityParty: true }, order: { id: 'ASC' } }),
      manager.find(AppealRating, { where: { appealId: id }, relations: { recordedBy: true }, order: { round: 'ASC' } }),
      manager.findOne(DispatchOrder, {
        where: { appealId: id },
        relations: { requestedBy: true, consultedWith: true, dispatchedBy: true, assignments: { department: true } },
      }),
      // The reporter's own photos may show her home: not for a supporter.
      this.uploads.forAppeal(id, { id: ctx.userId, staff }, { publicOnly: PUBLIC_ONLY.has(ctx.role), exceptOwnerId: supporter ? appeal.reporterId : null }),
    ]);
    const contentMarks = staff ? await this.contentMarks(id, ratings, feedbacks) : undefined;
    return this.present(ctx, appeal, { events, feedbacks, ratings, order, attachments, contentMarks });
  }

  private async contentMarks(appealId: number, ratings: AppealRating[], feedbacks: AppealFeedback[]): Promise<AppealParts['contentMarks']> {
    const [words, comments, fed] = await Promise.all([
      this.contentSecurity.marks('appealWords', [appealId]),
      this.contentSecurity.marks(
        'ratingComment',
        ratings.filter((r) => r.comment).map((r) => r.id),
      ),
      this.contentSecurity.marks(
        'feedbackWords',
        feedbacks.filter((f) => f.by?.role === 'liaison').map((f) => f.id),
      ),
    ]);
    return { words: words.get(appealId), comments, feedbacks: fed };
  }

  /**
   * The detail as `ctx` may see it, from an appeal with its people loaded and its parts. Intake calls
   * this directly with what it just wrote, so filing costs no read-back.
   */
  present(ctx: RequestContext, appeal: Appeal, parts: AppealParts): AppealDetail {
    const { events, feedbacks, ratings, order, attachments, contentMarks } = parts;
    const triage: TriageInfo = {
      proposedTier: appeal.proposedTier,
      proposedCategory: appeal.proposedCategory,
      reason: { ruleId: appeal.triageRuleId, keyword: appeal.triageKeyword, text: appeal.triageReason },
      confirmedBy: toPersonRef(appeal.triageConfirmedBy),
      confirmedAt: appeal.triageConfirmedAt?.toISOString() ?? null,
    };
    // A supporter sees the kind of problem and how it is handled, nothing of the reporter: not her words,
    // name, phone, place, words to the visitor, rating comment or photos; what staff write is masked.
    const supporter = isSupporterView(ctx, appeal);
    const staffText = (text: string) => (supporter ? maskPersonalData(text) : text);
    return {
      ...toAppealSummary(appeal, this.clock.now(), supporter),
      content: supporter ? supporterLine(appeal) : appeal.content,
      locationText: supporter ? null : appeal.locationText,
      latitude: supporter ? null : appeal.latitude,
      longitude: supporter ? null : appeal.longitude,
      reporter: supporter ? null : toPersonRef(appeal.reporter),
      contactName: supporter ? null : appeal.contactName,
      contactPhone: supporter ? null : this.contactPhoneFor(ctx, appeal),
      firstResponder: toPersonRef(appeal.firstResponder),
      assignedLiaison: toPersonRef(appeal.assignedLiaison),
      triage,
      cityDispatchedAt: iso(appeal.cityDispatchedAt),
      cityDueAt: iso(appeal.cityDueAt),
      handedTo: appeal.handedTo,
      attachments,
      timeline: events.map((e) => this.timelineEntryFor(ctx, e)).map((e) => (e.note ? { ...e, note: staffText(e.note) } : e)),
      feedbacks: feedbacks.map((feedback) => {
        const info = toFeedbackInfo(feedback);
        if (supporter) return { ...info, content: staffText(info.content), residentOpinion: null };
        const contentCheck = contentMarks?.feedbacks.get(feedback.id);
        return contentCheck ? { ...info, contentCheck } : info;
      }),
      ratings: ratings.map((rating) => {
        const info = toRatingInfo(rating);
        if (supporter) return { ...info, comment: null };
        const commentCheck = contentMarks?.comments.get(rating.id);
        return commentCheck ? { ...info, commentCheck } : info;
      }),
      dispatchOrder: order ? toDispatchOrderInfo(order) : null,
      ...(contentMarks?.words && { contentCheck: contentMarks.words }),
      actions: supporter ? [] : this.actionsFor(ctx, appeal, order),
    };
  }

  /**
   * The latest of a liaison's reports and of her feedback visits, for her record (LiaisonsService adds
   * her counts): ids first, each from an index in its order, never a walk through her history.
   */
  async liaisonLatest(ctx: RequestContext): Promise<Pick<LiaisonRecord, 'recentReports' | 'recentVisits'>> {
    const now = this.clock.now();
    const manager = this.dataSource.manager;
    const [reportIds, visitIds] = await Promise.all([
      this.latestReportCandidates(ctx.userId),
      manager
        .createQueryBuilder(AppealFeedback, 'f')
        .select('f.id', 'id')
        .where('f.byId = :userId', { userId: ctx.userId })
        .orderBy('f.at', 'DESC')
        .addOrderBy('f.id', 'DESC')
        .limit(RECENT)
        .getRawMany<{ id: number | string }>()
        .then((rows) => rows.map((row) => Number(row.id))),
    ]);
    const [recentReports, recentVisits] = await Promise.all([
      reportIds.length
        ? orderFrom(this.summaryQuery().where('appeal.id IN (:...ids)', { ids: reportIds }), LIST_ORDERS.recent, null)
            .getMany()
            .then((rows) => rows.slice(0, RECENT))
        : [],
      visitIds.length ? manager.find(AppealFeedback, { where: { id: In(visitIds) }, relations: { appeal: true }, order: { at: 'DESC', id: 'DESC' } }) : [],
    ]);
    return {
      recentReports: recentReports.map((a) => toAppealSummary(a, now)),
      recentVisits: recentVisits.map((f) => ({
        appealId: f.appealId,
        appealCode: f.appeal ? appealCode(f.appeal) : '',
        method: f.method,
        content: f.content,
        residentOpinion: f.residentOpinion,
        at: f.at.toISOString(),
      })),
    };
  }

  /**
   * Dispatch orders waiting for the command centre, a page at a time: oldest request first, or (`sort:
   * 'overdue'`) overdue first, then soonest due. The pending orders are walked in an index's order and
   * each one's appeal read by its key, so a page costs what a page holds however many wait
   * (docs/architecture.md, "Lists that grow").
   */
  async pendingDispatchOrders(ctx: RequestContext, query: PendingDispatchOrdersQuery = {}): Promise<{ items: AppealSummary[]; nextCursor: string | null }> {
    const now = this.clock.now();
    if (query.sort === 'overdue') return this.pendingByDue(ctx, query.cursor, now);
    const after = query.cursor === undefined ? null : decodeCursor(PENDING_ORDER, query.cursor);
    const rows = await orderFrom(await this.pendingQuery(ctx), PENDING_ORDER, after)
      .limit(PENDING_LIMIT + 1)
      .getMany();
    const page = rows.slice(0, PENDING_LIMIT);
    const last = page.at(-1);
    return {
      items: page.map((a) => toAppealSummary(a, now)),
      nextCursor: rows.length > PENDING_LIMIT && last ? encodeCursor(PENDING_ORDER, { key: last.pendingOrder.requestedAt, id: last.pendingOrder.id }) : null,
    };
  }

  /**
   * The pending orders overdue first, then soonest due: the ranges of PENDING_BY_DUE from the one the
   * cursor is in, each read after the cursor's position (or from its start), until a page and one
   * more are found. An order that turns overdue between two pages shows on the next first page.
   */
  private async pendingByDue(ctx: RequestContext, cursor: string | undefined, now: Date): Promise<{ items: AppealSummary[]; nextCursor: string | null }> {
    const after =
      cursor === undefined
        ? null
        : decodeCursorOf(
            PENDING_BY_DUE.map((range) => range.order),
            cursor,
          );
    const found: { appeal: PendingAppeal; range: number }[] = [];
    for (let range = after?.order ?? 0; range < PENDING_BY_DUE.length && found.length <= PENDING_LIMIT; range++) {
      const { order, where, responded } = PENDING_BY_DUE[range];
      const qb = (await this.pendingQuery(ctx)).andWhere(where, { now, ...(responded === undefined ? {} : { responded }) });
      const rows = await orderFrom(qb, order, range === after?.order ? after.position : null)
        .limit(PENDING_LIMIT + 1 - found.length)
        .getMany();
      found.push(...rows.map((appeal) => ({ appeal, range })));
    }
    const page = found.slice(0, PENDING_LIMIT);
    const last = page.at(-1);
    return {
      items: page.map(({ appeal }) => toAppealSummary(appeal, now)),
      nextCursor:
        found.length > PENDING_LIMIT && last
          ? encodeCursor(PENDING_BY_DUE[last.range].order, { key: last.appeal.pendingOrder.appealDueAt, id: last.appeal.pendingOrder.id })
          : null,
    };
  }

  /** Open appeals with a pending dispatch order (joined as `order`), in the caller's scope. */
  private async pendingQuery(ctx: RequestContext): Promise<SelectQueryBuilder<PendingAppeal>> {
    const qb = this.summaryQuery()
      .innerJoinAndMapOne('appeal.pendingOrder', DispatchOrder, 'order', 'order.appealId = appeal.id AND order.status = :pending', { pending: 'pending' })
      .andWhere('appeal.status NOT IN (:...final)', { final: FINAL_STATUSES });
    await this.access.scope(ctx, 'appeal', qb);
    return qb as SelectQueryBuilder<PendingAppeal>;
  }

  /**
   * The ids of her latest reports and a few more: the newest of her open ones and of her closed ones,
   * each read from the filer index (which leads with whether the appeal is open); the caller keeps
   * the newest of both.
   */
  private async latestReportCandidates(userId: number): Promise<number[]> {
    const newest = (open: boolean) =>
      this.dataSource
        .createQueryBuilder(Appeal, 'appeal')
        // Never the newest-first walk of the whole ledger, which MariaDB may pick when she filed much of it.
        .useIndex('IDX_appeals_filer_recent')
        .select('appeal.id', 'id')
        .where('appeal.filedById = :userId', { userId })
        .andWhere('appeal.isOpen = :open', { open })
        .andWhere('appeal.channel = :channel', { channel: 'liaison' })
        .orderBy('appeal.receivedAt', 'DESC')
        .addOrderBy('appeal.id', 'DESC')
        .limit(RECENT)
        .getRawMany<{ id: number | string }>();
    return (await Promise.all([newest(true), newest(false)])).flat().map((row) => Number(row.id));
  }

  /** Appeals with what `toAppealSummary` reads joined: community, building and handler. */
  private summaryQuery(): SelectQueryBuilder<Appeal> {
    return this.dataSource
      .createQueryBuilder(Appeal, 'appeal')
      .leftJoinAndSelect('appeal.community', 'community')
      .leftJoinAndSelect('appeal.building', 'building')
      .leftJoinAndSelect('appeal.handler', 'handler');
  }

  /** A resident never sees another resident's name or words on a timeline (a supporter's, or the reporter's). */
  private timelineEntryFor(ctx: RequestContext, event: AppealEvent): TimelineEntry {
    const entry = toTimelineEntry(event);
    const otherResident = event.actorRole === 'resident' && event.actorId !== null && event.actorId !== ctx.userId;
    return ctx.role === 'resident' && otherResident ? { ...entry, actor: null, note: null } : entry;
  }

  /** Full number for the people handling it and for the resident herself; masked for everyone else. */
  private contactPhoneFor(ctx: RequestContext, appeal: Appeal): string | null {
    if (!appeal.contactPhoneEncrypted) return null;
    const phone = this.phones.decrypt(appeal.contactPhoneEncrypted);
    const handling =
      appeal.reporterId === ctx.userId ||
      appeal.assignedLiaisonId === ctx.userId ||
      (isCommunityStaff(ctx.role) && ctx.actor.communityId === appeal.communityId);
    return handling ? phone : maskPhone(phone);
  }

  /** The transition table's answer, narrowed by what the table cannot know (who is lead, who is assigned). */
  private actionsFor(ctx: RequestContext, appeal: Appeal, order: DispatchOrder | null): AppealAction[] {
    const mine = (order?.assignments ?? []).filter((a: DispatchAssignment) => a.departmentId === ctx.actor.departmentId && a.completedAt === null);
    return availableActions(ctx.role, appeal).filter((action) => {
      switch (action) {
        case 'secretaryReview':
          return appeal.awaitingSecretaryReview;
        case 'rate':
          return !appeal.awaitingSecretaryReview;
        // The callback is for a caller without an account; a resident with one rates in the app.
        case 'callback':
          return appeal.reporterId === null && !appeal.awaitingSecretaryReview;
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
