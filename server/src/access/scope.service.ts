import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ROLE_SCOPE } from '@lingjuli/shared';
import { In, Repository } from 'typeorm';
import type { Actor } from '../common/context/request-context';
import { Community } from '../organisation/community.entity';

/** Which communities a staff member's scope covers: her own, her grid's, or (for the street) all of them. */
@Injectable()
export class ScopeService {
  constructor(@InjectRepository(Community) private readonly communities: Repository<Community>) {}

  async communityIds(actor: Actor): Promise<number[] | 'all'> {
    switch (ROLE_SCOPE[actor.role]) {
      case 'street':
        return 'all';
      case 'community':
        return actor.communityId === null ? [] : [actor.communityId];
      case 'grid': {
        if (actor.gridId === null) return [];
        const rows = await this.communities.find({ select: { id: true }, where: { gridId: actor.gridId } });
        return rows.map((c) => c.id);
      }
      default:
        return [];
    }
  }

  /** The grids the given communities belong to. */
  async gridIdsOf(communityIds: number[]): Promise<number[]> {
    if (communityIds.length === 0) return [];
    const rows = await this.communities.find({ select: { id: true, gridId: true }, where: { id: In(communityIds) } });
    return [...new Set(rows.map((c) => c.gridId).filter((g): g is number => g !== null))];
  }
}
