import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import { notFound } from '../common/errors/app-error';
import { Community } from '../organisation/community.entity';

declare module '../access/access.service' {
  interface AccessResources {
    /** A community's ledger (台账), by the community's id. */
    ledger: Community;
  }
}

/**
 * The ledger's part of the access layer (docs/architecture.md, "Access"): a community's ledger is
 * exported by the community, its grid and the street; a community outside the caller's scope is "not
 * found", like one that does not exist.
 */
@Injectable()
export class LedgerAccess implements OnModuleInit {
  constructor(private readonly access: AccessService) {}

  onModuleInit(): void {
    this.access.register('ledger', {
      entity: Community,
      notFound: () => notFound('COMMUNITY_NOT_FOUND', '找不到该社区'),
      scope: (_ctx, _qb, alias, { inCommunities }) => inCommunities(`${alias}.id`),
    });
  }
}
