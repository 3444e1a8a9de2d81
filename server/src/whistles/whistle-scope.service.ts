import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { ScopeService } from '../auth/scope.service';
import type { RequestContext } from '../common/context/request-context';
import { notFound } from '../common/errors/app-error';
import { UnitOfWork } from '../database/unit-of-work';
import { WhistleTarget } from './whistle-target.entity';
import { Whistle } from './whistle.entity';

/**
 * Which whistles a caller may see: community roles their community's, a grid secretary her grid's,
 * a department those it was whistled in, the street all of them. Like AppealScope, a whistle outside
 * the scope is "not found", so ids cannot be probed.
 */
@Injectable()
export class WhistleScope {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
    private readonly uow: UnitOfWork,
  ) {}

  async apply(ctx: RequestContext, qb: SelectQueryBuilder<Whistle>, alias = 'whistle'): Promise<SelectQueryBuilder<Whistle>> {
    const { actor } = ctx;
    if (actor.role === 'departmentStaff') {
      const whistled = qb
        .subQuery()
        .select('1')
        .from(WhistleTarget, 'scopeTarget')
        .where(`scopeTarget.whistleId = ${alias}.id`)
        .andWhere('scopeTarget.departmentId = :scopeDepartmentId')
        .getQuery();
      return qb.andWhere(`EXISTS ${whistled}`, { scopeDepartmentId: actor.departmentId ?? -1 });
    }
    const ids = await this.scope.communityIds(actor);
    if (ids === 'all') return qb;
    return ids.length ? qb.andWhere(`${alias}.communityId IN (:...scopeCommunityIds)`, { scopeCommunityIds: ids }) : qb.andWhere('1 = 0');
  }

  /** The whistle if the caller may see it, else 404. Inside a transaction (`em`) the row is locked for the write. */
  async findVisible(ctx: RequestContext, id: number, em?: EntityManager): Promise<Whistle> {
    const manager = em ?? this.dataSource.manager;
    const qb = manager.createQueryBuilder(Whistle, 'whistle').where('whistle.id = :id', { id });
    if (em && this.uow.writeLock) qb.setLock('pessimistic_write');
    const whistle = await (await this.apply(ctx, qb)).getOne();
    if (!whistle) throw notFound('WHISTLE_NOT_FOUND', '找不到该吹哨');
    return whistle;
  }
}
