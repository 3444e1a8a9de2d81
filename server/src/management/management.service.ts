import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ManagementList } from '@lingjuli/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import { Clock } from '../common/clock/clock';
import type { RequestContext } from '../common/context/request-context';
import { notFound } from '../common/errors/app-error';
import { UnitOfWork } from '../database/unit-of-work';
import { Community } from '../organisation/community.entity';
import { toPersonRef } from '../users/user.mapper';
import type { UpdateManagementListDto } from './dto/management.dto';
import { ManagementItem } from './management-item.entity';

const communityNotFound = () => notFound('COMMUNITY_NOT_FOUND', '找不到该社区');

/**
 * 管理权 (docs/domain.md §8.5): each community's list of management powers and resources. The street admin
 * writes the whole list at once; the community (and its grid, and the street) read it.
 */
@Injectable()
export class ManagementService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly access: AccessService,
  ) {}

  /** A community outside the caller's scope is 404, like one that does not exist. */
  async get(ctx: RequestContext, communityId: number): Promise<ManagementList> {
    await this.access.require(ctx, 'management.read', communityId);
    return this.read(this.dataSource.manager, communityId);
  }

  /** Replaces the list in one transaction; every row records who wrote the list and when. */
  async replace(ctx: RequestContext, communityId: number, input: UpdateManagementListDto): Promise<ManagementList> {
    return this.uow.run(async (em) => {
      // The community row is the lock that keeps two replaces from interleaving their deletes and inserts.
      const community = await em.findOne(Community, { where: { id: communityId }, lock: this.uow.writeLock });
      if (!community) throw communityNotFound();
      const now = this.clock.now();
      await em.delete(ManagementItem, { communityId });
      if (input.items.length) {
        await em.insert(
          ManagementItem,
          input.items.map((item, position) => ({
            communityId,
            kind: item.kind,
            title: item.title,
            description: item.description,
            position,
            updatedById: ctx.userId,
            updatedAt: now,
          })),
        );
      }
      return this.read(em, communityId);
    });
  }

  /**
   * The list in order. Who and when come from the rows (written together by one replace), so an
   * emptied list shows neither.
   */
  private async read(em: EntityManager, communityId: number): Promise<ManagementList> {
    const rows = await em.find(ManagementItem, { where: { communityId }, relations: { updatedBy: true }, order: { position: 'ASC', id: 'ASC' } });
    const latest = rows.reduce<ManagementItem | null>((a, b) => (a && a.updatedAt >= b.updatedAt ? a : b), null);
    return {
      communityId,
      items: rows.map((r) => ({ id: r.id, kind: r.kind, title: r.title, description: r.description })),
      updatedAt: latest ? latest.updatedAt.toISOString() : null,
      updatedBy: toPersonRef(latest?.updatedBy),
    };
  }
}
