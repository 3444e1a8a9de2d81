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
 * Whistles' part of the access layer (docs/architecture.md, "Access"). Which whistles a caller may
 * see: community roles their community's, a grid secretary her grid's, a department those it was
 * whistled in, the street all of them; outside the scope a whistle is "not found", so ids cannot be
 * probed.
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
          const whistled = qb
            .subQuery()
            .select('1')
            .from(WhistleTarget, 'scopeTarget')
            .where(`scopeTarget.whistleId = ${alias}.id`)
            .andWhere('scopeTarget.departmentId = :scopeDepartmentId')
            .getQuery();
          qb.andWhere(`EXISTS ${whistled}`, { scopeDepartmentId: actor.departmentId ?? -1 });
          return;
        }
        await inCommunities(`${alias}.communityId`);
      },
    });
  }
}
