import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import { notFound } from '../common/errors/app-error';
import { WhistleTarget } from './whistle-target.entity';
import { Whistle } from './whistle.entity';

declare module '../access/access.service' {
  interface AccessResources {
    whistle: Whistle;
  }
}

/**
 * The alias of a department's own part, which its whistle queries are joined to: the part carries
 * the whistle's status and time, so the department's list reads its parts' index in order.
 */
export const OWN_PART = 'ownPart';

/**
 * Whistles' part of the access layer (docs/architecture.md, "Access"). Which whistles a caller may
 * see: community roles their community's, a grid secretary her grid's, a department those it was
 * whistled in (joined to its own part, OWN_PART), the street all of them; outside the scope a whistle
 * is "not found", so ids cannot be probed.
 */
@Injectable()
export class WhistleAccess implements OnModuleInit {
  constructor(private readonly access: AccessService) {}

  onModuleInit(): void {
    this.access.register('whistle', {
      entity: Whistle,
      notFound: () => notFound('WHISTLE_NOT_FOUND', '找不到该吹哨'),
      scope: async (ctx, qb, alias, { inCommunities }) => {
        const { actor } = ctx;
        if (actor.role === 'departmentStaff') {
          qb.innerJoin(WhistleTarget, OWN_PART, `${OWN_PART}.whistleId = ${alias}.id AND ${OWN_PART}.departmentId = :scopeDepartmentId`, {
            scopeDepartmentId: actor.departmentId ?? -1,
          });
          return;
        }
        await inCommunities(`${alias}.communityId`);
      },
    });
  }
}
