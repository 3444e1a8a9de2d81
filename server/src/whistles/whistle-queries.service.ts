import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { availableWhistleActions, holdsWhistleOpen, type WhistleAction, type WhistleDetail, type WhistlePart, type WhistleSummary } from '@lingjuli/shared';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { AccessService } from '../access/access.service';
import type { RequestContext } from '../common/context/request-context';
import { notFound } from '../common/errors/app-error';
import { toPerson } from '../users/user.mapper';
import type { ListWhistlesQuery } from './dto/whistles.dto';
import { WhistleEvent } from './whistle-event.entity';
import type { WhistleTarget } from './whistle-target.entity';
import { Whistle } from './whistle.entity';
import { toWhistleEventInfo, toWhistleSummary } from './whistle.mapper';

/** The list answers at most this many whistles, newest first: a community's or department's whistles are few; the street filters. */
const LIST_LIMIT = 200;

@Injectable()
export class WhistleQueriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async list(ctx: RequestContext, query: ListWhistlesQuery): Promise<WhistleSummary[]> {
    const qb = this.withParts();
    await this.access.scope(ctx, 'whistle', qb);
    if (query.status) qb.andWhere('whistle.status = :status', { status: query.status });
    if (query.appealId !== undefined) qb.andWhere('whistle.appealId = :appealId', { appealId: query.appealId });
    qb.orderBy('whistle.createdAt', 'DESC').addOrderBy('whistle.id', 'DESC').take(LIST_LIMIT);
    return (await qb.getMany()).map(toWhistleSummary);
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
