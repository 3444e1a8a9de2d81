import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import { householdNotFound } from './households.service';
import { ResidentHousehold } from './resident-household.entity';

declare module '../access/access.service' {
  interface AccessResources {
    residentHousehold: ResidentHousehold;
  }
}

/** Residents' stated households are their community's to see and verify (the street's too); outside, 404. */
@Injectable()
export class HouseholdAccess implements OnModuleInit {
  constructor(private readonly access: AccessService) {}

  onModuleInit(): void {
    this.access.register('residentHousehold', {
      entity: ResidentHousehold,
      notFound: householdNotFound,
      scope: (_ctx, _qb, alias, { inCommunities }) => inCommunities(`${alias}.communityId`),
    });
  }
}
