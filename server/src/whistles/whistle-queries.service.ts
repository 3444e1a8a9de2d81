import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { availableWhistleActions, holdsWhistleOpen, type WhistleAction, type WhistleDetail, type WhistlePart, type WhistleSummary } from '@lingjuli/shared';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { AccessService } from '../access/access.service';
import type { RequestContext } from '../common/context/request-context';
import { notFound } from '../common/errors/app-error';
import { decodeCursor, encodeCursor, orderFrom, type KeysetOrder } from '../common/pagination/keyset';
import { toPerson } from '../users/user.mapper';
import type { ListWhistlesQuery } from './dto/whistles.dto';
import { OWN_PART } from './whistle-access';
import { WhistleEvent } from './whistle-event.entity';
import type { WhistleTarget } from './whistle-target.entity';
import { Whistle } from './whistle.entity';
import { toWhistleEventInfo, toWhistleSummary } from './whistle.mapper';

/** A page of the list holds at most this many whistles, newest first; the next page follows a cursor. */
const LIST_LIMIT = 20;

/** The list's order, read from the whistles' (…, createdAt, id) indexes. */
const NEWEST: KeysetOrder = { name: 'whistles', column: 'whistle.createdAt', direction: 'DESC' };
/** The same order for a department, read from its own parts' (departmentId, …, whistleCreatedAt, whistleId) indexes. */
const NEWEST_OWN: KeysetOrder = { ...NEWEST, column: `${OWN_PART}.whistleCreatedAt`, idColumn: `${OWN_PART}.whistleId` };

/** A page of whistles and the cursor of the page after it (null on the last page). */
export interface WhistleListPage {
  items: WhistleSummary[];
  nextCursor: string | null;
}

@Injectable()
export class WhistleQueriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  /**
   * Whistles in the caller's scope, newest first, a page at a time: the page's ids from an index in
   * that order, then those whistles with their parts — never a sort or count of the whole history
   * (docs/architecture.md, "Lists that grow"). A department's are read from its own parts, which copy
   * the whistle's status and time.
   */
  async list(ctx: RequestContext, query: ListWhistlesQuery): Promise<WhistleListPage> {
    const own = ctx.role === 'departmentStaff';
    const order = own ? NEWEST_OWN : NEWEST;
    const after = query.cursor === undefined ? null : decodeCursor(order, query.cursor);
    const ids = this.dataSource.createQueryBuilder(Whistle, 'whistle').select('whistle.id', 'id');
    await this.access.scope(ctx, 'whistle', ids);
    if (query.status) ids.andWhere(`${own ? `${OWN_PART}.whistleStatus` : 'whistle.status'} = :status`, { status: query.status });
    if (query.appealId !== undefined) ids.andWhere('whistle.appealId = :appealId', { appealId: query.appealId });
    const idRows = await orderFrom(ids, order, after)
      .limit(LIST_LIMIT + 1)
      .getRawMany<{ id: number | string }>();
    const pageIds = idRows.slice(0, LIST_LIMIT).map((row) => Number(row.id));
    const rows = pageIds.length === 0 ? [] : await orderFrom(this.withParts().where('whistle.id IN (:...pageIds)', { pageIds }), NEWEST, null).getMany();
    const last = rows.at(-1);
    return {
      items: rows.map(toWhistleSummary),
      nextCursor: idRows.length > LIST_LIMIT && last ? encodeCursor(order, { key: last.createdAt, id: last.id }) : null,
    };
  }

  async detail(ctx: RequestContext, id: number): Promise<WhistleDetail> {
    const qb = this.withParts().leftJoinAndSelect('whistle.createdBy', 'createdBy').where('whistle.id = :id', { id });
    const whistle = await (await this.access.scope(ctx, 'whistle', qb)).getOne();
    if (!whistle) throw notFound('WHISTLE_NOT_FOUND', '找不到该吹哨');
    const events = await this.dataSource.manager.find(WhistleEvent, {
      where: { whistleId: id },
      relations: { actor: true, department: true },
      order: { id: 'ASC' },
    });
    return {
      ...toWhistleSummary(whistle),
      description: whistle.description,
      createdBy: toPerson(whistle.createdBy),
      events: events.map(toWhistleEventInfo),
      actions: whistleActions(ctx, whistle),
    };
  }

  /**
   * Every whistle about an appeal, for its coordination view. The caller has already been shown to
   * see the appeal; she sees who was whistled about it even where she could not open the whistle.
   */
  async forAppeal(appealId: number): Promise<WhistleSummary[]> {
    const rows = await this.withParts()
      .where('whistle.appealId = :appealId', { appealId })
      .orderBy('whistle.createdAt', 'ASC')
      .addOrderBy('whistle.id', 'ASC')
      .getMany();
    return rows.map(toWhistleSummary);
  }

  private withParts(): SelectQueryBuilder<Whistle> {
    return this.dataSource
      .createQueryBuilder(Whistle, 'whistle')
      .leftJoinAndSelect('whistle.community', 'community')
      .leftJoinAndSelect('whistle.targets', 'target')
      .leftJoinAndSelect('target.department', 'department')
      .leftJoinAndSelect('target.reportedInBy', 'reportedInBy');
  }
}

/**
 * What the caller may do with a whistle now, by the shared move table: a department on its own part
 * (report in, then progress notes and completion); the whistle's community closes it once no
 * department holds it open. Expects `targets` loaded.
 */
export function whistleActions(ctx: RequestContext, whistle: Whistle): WhistleAction[] {
  const targets = whistle.targets ?? [];
  const own = ctx.actor.departmentId === null ? undefined : targets.find((t) => t.departmentId === ctx.actor.departmentId);
  return availableWhistleActions(ctx.role, {
    status: whistle.status,
    parts: targets.map(asPart),
    ownPart: own ? asPart(own) : null,
    ownCommunity: ctx.actor.communityId !== null && ctx.actor.communityId === whistle.communityId,
  });
}

/** A department's part, as the shared rules read it. */
export const asPart = (target: WhistleTarget): WhistlePart => ({ status: target.status, reportInMissed: target.reportInMissedAt !== null });

/** A part that keeps its whistle open (the shared rule, on the row). */
export const holdingOpen = (target: WhistleTarget): boolean => holdsWhistleOpen(asPart(target));
