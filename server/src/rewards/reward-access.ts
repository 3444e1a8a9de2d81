import { Injectable, type OnModuleInit } from '@nestjs/common';
import { isCommunityStaff } from '@lingjuli/shared';
import { AccessService } from '../access/access.service';
import { notFound } from '../common/errors/app-error';
import { STREET_STATUSES } from './reward-rules';
import { RewardRequest } from './reward-request.entity';

declare module '../access/access.service' {
  interface AccessResources {
    reward: RewardRequest;
  }
}

/**
 * Rewards' part of the access layer (docs/architecture.md, "Access"): the community's staff see and
 * move their community's requests; the street sees a request once it reaches the street (approved,
 * acknowledged), never the community's drafts. Anything else is "not found", for reads and moves
 * alike, so ids cannot be probed.
 */
@Injectable()
export class RewardAccess implements OnModuleInit {
  constructor(private readonly access: AccessService) {}

  onModuleInit(): void {
    this.access.register('reward', {
      entity: RewardRequest,
      notFound: () => notFound('REWARD_REQUEST_NOT_FOUND', '找不到该奖励申请'),
      scope: (ctx, qb, alias) => {
        if (isCommunityStaff(ctx.role) && ctx.actor.communityId !== null) {
          qb.andWhere(`${alias}.communityId = :scopeCommunityId`, { scopeCommunityId: ctx.actor.communityId });
        } else if (ctx.role === 'streetAdmin') {
          qb.andWhere(`${alias}.status IN (:...scopeStatuses)`, { scopeStatuses: [...STREET_STATUSES] });
        } else {
          qb.andWhere('1 = 0');
        }
      },
    });
  }
}
