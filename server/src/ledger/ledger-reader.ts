import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AppealEvent } from '../appeals/entities/appeal-event.entity';
import { AppealFeedback } from '../appeals/entities/appeal-feedback.entity';
import { AppealRating } from '../appeals/entities/appeal-rating.entity';
import { Appeal } from '../appeals/entities/appeal.entity';
import { DispatchAssignment } from '../appeals/entities/dispatch-assignment.entity';
import { orderFrom, type KeysetOrder } from '../common/pagination/keyset';
import { CONTACT_LOG_TYPE_LIST } from './ledger-sheets';

/** The appeals a ledger covers: the caller's communities (`all`: the street) and the period [start, end) of receipt. */
export interface LedgerScope {
  communityIds: readonly number[] | 'all';
  start: Date;
  end: Date;
}

/** Appeals a page: enough that the parts' `IN (…)` reads are few, few enough that a page is a few MB. */
export const LEDGER_PAGE = 1000;

/** In order of receipt, read from (receivedAt, id) or (communityId, receivedAt, id). */
const RECEIPT_ORDER = { name: 'ledger', column: 'appeal.receivedAt', direction: 'ASC' } as const satisfies KeysetOrder;

const byAppeal = <T extends { appealId: number }>(rows: T[]): Map<number, T[]> => {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const list = map.get(row.appealId);
    if (list) list.push(row);
    else map.set(row.appealId, [row]);
  }
  return map;
};

/** What 诉求台账 reads of a page's appeals besides the appeals, by appeal id. */
export interface AppealPageParts {
  feedbacks: Map<number, AppealFeedback[]>;
  ratings: Map<number, AppealRating[]>;
  assignments: Map<number, DispatchAssignment[]>;
}

/**
 * The ledger's reads (docs/architecture.md, "The ledger export"): the period's appeals a page at a time
 * by keyset, each page's parts in one `IN (…)` read per table, only the columns the sheets show. Nothing
 * is kept from one page to the next, so an export of a year costs the memory of a page.
 */
@Injectable()
export class LedgerReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The scope's appeals received in the period, in order of receipt, a page at a time, with the names the rows show. */
  async *appealPages(scope: LedgerScope): AsyncGenerator<Appeal[]> {
    if (scope.communityIds !== 'all' && scope.communityIds.length === 0) return;
    let after: { key: Date; id: number } | null = null;
    for (;;) {
      const page: Appeal[] = await orderFrom(this.pageQuery(scope), RECEIPT_ORDER, after).limit(LEDGER_PAGE).getMany();
      if (page.length) yield page;
      if (page.length < LEDGER_PAGE) return;
      const last = page[page.length - 1];
      after = { key: last.receivedAt, id: last.id };
    }
  }

  private pageQuery(scope: LedgerScope) {
    const qb = this.dataSource
      .createQueryBuilder(Appeal, 'appeal')
      .select([
        'appeal.id',
        'appeal.communityId',
        'appeal.channel',
        'appeal.category',
        'appeal.tier',
        'appeal.level',
        'appeal.content',
        'appeal.contactName',
        'appeal.contactPhoneEncrypted',
        'appeal.receivedAt',
        'appeal.dueAt',
        'appeal.respondedAt',
        'appeal.closedAt',
      ])
      .leftJoin('appeal.reporter', 'reporter')
      .addSelect(['reporter.id', 'reporter.displayName'])
      .leftJoin('appeal.firstResponder', 'firstResponder')
      .addSelect(['firstResponder.id', 'firstResponder.displayName'])
      .leftJoin('appeal.handler', 'handler')
      .addSelect(['handler.id', 'handler.displayName'])
      .where('appeal.receivedAt >= :start AND appeal.receivedAt < :end', { start: scope.start, end: scope.end });
    const { communityIds } = scope;
    if (communityIds === 'all') return qb.useIndex('IDX_appeals_recent');
    if (communityIds.length === 1)
      return qb.useIndex('IDX_appeals_community_recent').andWhere('appeal.communityId = :communityId', { communityId: communityIds[0] });
    // A grid's few communities: the street's order of receipt, the others' appeals passed over (an IN on the
    // community index would sort the rest of the period for every page).
    return qb.useIndex('IDX_appeals_recent').andWhere('appeal.communityId IN (:...communityIds)', { communityIds });
  }

  /** A page's feedbacks, ratings and dispatch assignments (with the departments' names). */
  async partsOf(appealIds: number[]): Promise<AppealPageParts> {
    const manager = this.dataSource.manager;
    const [feedbacks, ratings, assignments] = await Promise.all([
      manager.find(AppealFeedback, { select: { id: true, appealId: true, method: true, at: true }, where: { appealId: In(appealIds) }, order: { id: 'ASC' } }),
      manager.find(AppealRating, {
        select: { id: true, appealId: true, round: true, solved: true, satisfaction: true, source: true },
        where: { appealId: In(appealIds) },
      }),
      // Through the order (unique by appeal), whose assignments its unique key holds: no index on the
      // assignments' own appealId is needed.
      manager
        .createQueryBuilder(DispatchAssignment, 'assignment')
        .innerJoin('assignment.order', 'dispatchOrder')
        .leftJoin('assignment.department', 'department')
        .select(['assignment.id', 'assignment.appealId', 'assignment.role', 'department.id', 'department.name'])
        .where('dispatchOrder.appealId IN (:...appealIds)', { appealIds })
        .getMany(),
    ]);
    return { feedbacks: byAppeal(feedbacks), ratings: byAppeal(ratings), assignments: byAppeal(assignments) };
  }

  /** A page's timeline lines for 联系记录, each appeal's in order, read from (appealId, id). */
  async contactLinesOf(appealIds: number[]): Promise<Map<number, AppealEvent[]>> {
    const events = await this.dataSource.manager.find(AppealEvent, {
      select: { id: true, appealId: true, type: true, actorRole: true, at: true, note: true, visibility: true },
      where: { appealId: In(appealIds), type: In(CONTACT_LOG_TYPE_LIST) },
      order: { appealId: 'ASC', id: 'ASC' },
    });
    return byAppeal(events);
  }
}
