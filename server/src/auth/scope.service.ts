import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ROLE_SCOPE } from '@lingjuli/shared';
import { Repository } from 'typeorm';
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

  async coversCommunity(actor: Actor, communityId: number): Promise<boolean> {
    const ids = await this.communityIds(actor);
    return ids === 'all' || ids.includes(communityId);
  }
}
