import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AppealStatus, Category, Channel, FeedbackMethod, Level, RatingSource, Satisfaction, Tier } from '@lingjuli/shared';
import { DataSource, type EntityTarget, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
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

/** Pages read ahead of the one being written. */
const READ_AHEAD = 2;

/** What a sheet reads of the appeals: all that 诉求台账 shows, or what 联系记录 needs (the code and the resident's names). */
export type AppealColumns = 'all' | 'names';

/** In order of receipt, read from (receivedAt, id) or (communityId, receivedAt, id). */
const RECEIPT_ORDER = { name: 'ledger', column: 'appeal.receivedAt', direction: 'ASC' } as const satisfies KeysetOrder;

/** An appeal as the ledger shows it: its own columns and its people's names. */
export interface LedgerAppeal {
  id: number;
  communityId: number;
  channel: Channel;
  category: Category;
  tier: Tier;
  level: Level;
  status: AppealStatus;
  content: string;
  contactName: string | null;
  contactPhoneEncrypted: string | null;
  receivedAt: Date;
  dueAt: Date;
  respondedAt: Date | null;
  closedAt: Date | null;
  reporterName: string | null;
  firstResponderName: string | null;
  handlerName: string | null;
}

/** What 联系记录 reads of an appeal: its code, and the names to hide in its lines. */
export type LedgerAppealNames = Pick<LedgerAppeal, 'id' | 'receivedAt' | 'content' | 'contactName' | 'reporterName'>;

type AppealsOf<C extends AppealColumns> = C extends 'all' ? LedgerAppeal : LedgerAppealNames;

export interface LedgerFeedback {
  appealId: number;
  method: FeedbackMethod;
  at: Date;
}

export interface LedgerRating {
  appealId: number;
  round: number;
  solved: boolean;
  satisfaction: Satisfaction;
  source: RatingSource;
}

export interface LedgerAssignment {
  id: number;
  appealId: number;
  role: DispatchAssignment['role'];
  departmentName: string | null;
}

export type LedgerLine = Pick<AppealEvent, 'id' | 'appealId' | 'type' | 'actorRole' | 'at' | 'note' | 'visibility'>;

/** A page of appeals with what its sheet reads of them, by appeal id. */
export interface LedgerPage<A, P> {
  appeals: A[];
  parts: P;
}

export interface AppealPageParts {
  feedbacks: Map<number, LedgerFeedback[]>;
  ratings: Map<number, LedgerRating[]>;
  assignments: Map<number, LedgerAssignment[]>;
}

const byAppeal = <T extends { appealId: number }>(rows: T[]): Map<number, T[]> => {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const list = map.get(row.appealId);
    if (list) list.push(row);
    else map.set(row.appealId, [row]);
  }
  return map;
};

/**
 * The ledger's reads (docs/architecture.md, "The ledger export"): the period's appeals a page at a time
 * by keyset, each page's parts in one `IN (…)` read per table, only the columns the sheets show, as
 * plain rows (typed by the database driver, not built into entities: a year is hundreds of thousands of
 * rows). The next page is read while the current one is written. Nothing is kept from one page to the
 * next, so an export of a year costs the memory of two pages.
 */
@Injectable()
export class LedgerReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The scope's appeals received in the period, in order of receipt, a page at a time, each with its
   * parts (`partsOf`). The pages are read up to READ_AHEAD ahead of the writer — the keyset chain of
   * appeal pages first, each page's parts as soon as its appeals are in — so the database works while
   * the rows are written. `columns` is what the sheet shows of the appeals.
   */
  async *pages<C extends AppealColumns, P>(
    scope: LedgerScope,
    columns: C,
    partsOf: (appealIds: number[]) => Promise<P>,
  ): AsyncGenerator<LedgerPage<AppealsOf<C>, P>> {
    if (scope.communityIds !== 'all' && scope.communityIds.length === 0) return;
    // Each promise read ahead gets a handler at once: one that fails while the writer is busy must not be
    // an unhandled rejection (the writer meets the failure when it awaits that page).
    const ahead = <T>(promise: Promise<T>): Promise<T> => {
      promise.catch(() => undefined);
      return promise;
    };
    let nextAppeals: Promise<AppealsOf<C>[] | null> = ahead(this.appealPage(scope, columns, null));
    const queue: Promise<LedgerPage<AppealsOf<C>, P> | null>[] = [];
    const readAhead = () => {
      const appeals = nextAppeals;
      nextAppeals = ahead(
        appeals.then((rows) => {
          const last = rows?.at(-1);
          return last && rows!.length === LEDGER_PAGE ? this.appealPage(scope, columns, { key: last.receivedAt, id: last.id }) : null;
        }),
      );
      queue.push(ahead(appeals.then(async (rows) => (rows?.length ? { appeals: rows, parts: await partsOf(rows.map((a) => a.id)) } : null))));
    };
    for (let i = 0; i < READ_AHEAD; i++) readAhead();
    for (;;) {
      const page = await queue.shift()!;
      if (!page) return;
      readAhead();
      yield page;
    }
  }

  private appealPage<C extends AppealColumns>(scope: LedgerScope, columns: C, after: { key: Date; id: number } | null): Promise<AppealsOf<C>[]> {
    const qb = this.dataSource.createQueryBuilder(Appeal, 'appeal').leftJoin('appeal.reporter', 'reporter').select('reporter.displayName', 'reporterName');
    if (columns === 'all') {
      qb.leftJoin('appeal.firstResponder', 'firstResponder')
        .leftJoin('appeal.handler', 'handler')
        .addSelect('firstResponder.displayName', 'firstResponderName')
        .addSelect('handler.displayName', 'handlerName');
    }
    qb.where('appeal.receivedAt >= :start AND appeal.receivedAt < :end', { start: scope.start, end: scope.end });
    const { communityIds } = scope;
    if (communityIds === 'all') qb.useIndex('IDX_appeals_recent');
    else if (communityIds.length === 1)
      qb.useIndex('IDX_appeals_community_recent').andWhere('appeal.communityId = :communityId', { communityId: communityIds[0] });
    // A grid's few communities: the street's order of receipt, the others' appeals passed over (an IN on the
    // community index would sort the rest of the period for every page).
    else qb.useIndex('IDX_appeals_recent').andWhere('appeal.communityId IN (:...communityIds)', { communityIds });
    orderFrom(qb, RECEIPT_ORDER, after).limit(LEDGER_PAGE);
    if (columns === 'names') return this.rows<AppealsOf<C>, Appeal>(qb, Appeal, 'appeal', ['id', 'receivedAt', 'content', 'contactName']);
    return this.rows<AppealsOf<C>, Appeal>(qb, Appeal, 'appeal', [
      'id',
      'communityId',
      'channel',
      'category',
      'tier',
      'level',
      'status',
      'content',
      'contactName',
      'contactPhoneEncrypted',
      'receivedAt',
      'dueAt',
      'respondedAt',
      'closedAt',
    ]);
  }

  /** A page's feedbacks, ratings and dispatch assignments (with the departments' names). */
  async appealParts(appealIds: number[]): Promise<AppealPageParts> {
    if (appealIds.length === 0) return { feedbacks: new Map(), ratings: new Map(), assignments: new Map() };
    const manager = this.dataSource.manager;
    const [feedbacks, ratings, assignments] = await Promise.all([
      this.rows<LedgerFeedback, AppealFeedback>(
        manager.createQueryBuilder(AppealFeedback, 'f').select([]).where('f.appealId IN (:...appealIds)', { appealIds }).orderBy('f.id'),
        AppealFeedback,
        'f',
        ['appealId', 'method', 'at'],
      ),
      this.rows<LedgerRating, AppealRating>(
        manager.createQueryBuilder(AppealRating, 'r').select([]).where('r.appealId IN (:...appealIds)', { appealIds }),
        AppealRating,
        'r',
        ['appealId', 'round', 'solved', 'satisfaction', 'source'],
      ),
      // Through the order (unique by appeal), whose assignments its unique key holds: no index on the
      // assignments' own appealId is needed.
      this.rows<LedgerAssignment, DispatchAssignment>(
        manager
          .createQueryBuilder(DispatchAssignment, 'a')
          .innerJoin('a.order', 'dispatchOrder')
          .leftJoin('a.department', 'department')
          .select('department.name', 'departmentName')
          .where('dispatchOrder.appealId IN (:...appealIds)', { appealIds }),
        DispatchAssignment,
        'a',
        ['id', 'appealId', 'role'],
      ),
    ]);
    return { feedbacks: byAppeal(feedbacks), ratings: byAppeal(ratings), assignments: byAppeal(assignments) };
  }

  /** A page's timeline lines for 联系记录, each appeal's in order, read from (appealId, id). */
  async contactLines(appealIds: number[]): Promise<Map<number, LedgerLine[]>> {
    if (appealIds.length === 0) return new Map();
    const qb = this.dataSource.manager
      .createQueryBuilder(AppealEvent, 'e')
      .select([])
      .where('e.appealId IN (:...appealIds)', { appealIds })
      .andWhere('e.type IN (:...types)', { types: CONTACT_LOG_TYPE_LIST })
      .orderBy('e.appealId')
      .addOrderBy('e.id');
    return byAppeal(await this.rows<LedgerLine, AppealEvent>(qb, AppealEvent, 'e', ['id', 'appealId', 'type', 'actorRole', 'at', 'note', 'visibility']));
  }

  /**
   * The query's rows as plain objects of `columns` (plus whatever it selected already, e.g. joined
   * names: start the query with a `select`), each value as the driver hydrates it for its column:
   * times as Dates, booleans, numbers.
   */
  private async rows<Row, T extends ObjectLiteral = ObjectLiteral>(
    qb: SelectQueryBuilder<T>,
    entity: EntityTarget<T>,
    alias: string,
    columns: (keyof T & string)[],
  ): Promise<Row[]> {
    const metadata = this.dataSource.getMetadata(entity);
    for (const property of columns) qb.addSelect(`${alias}.${property}`, property);
    // Text and whole numbers arrive as they are; times and booleans are the driver's to read (SQLite gives
    // times as text, both give booleans as 0 and 1).
    const typed = columns
      .map((property) => ({ property, column: metadata.findColumnWithPropertyName(property)! }))
      .filter(({ column }) => column.type === 'datetime' || column.type === 'boolean');
    const raw = await qb.getRawMany<Record<string, unknown>>();
    const driver = this.dataSource.driver;
    for (const row of raw) {
      for (const { property, column } of typed) row[property] = row[property] === null ? null : driver.prepareHydratedValue(row[property], column);
    }
    return raw as Row[];
  }
}
