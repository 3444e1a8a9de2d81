import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import { notFound } from '../common/errors/app-error';
import { HouseholdsService } from '../households/households.service';
import { Poll } from './poll.entity';

declare module '../access/access.service' {
  interface AccessResources {
    poll: Poll;
  }
}

export const pollNotFound = () => notFound('POLL_NOT_FOUND', '找不到该征求意见');

/** The roles that answer polls; they see the polls they are asked in, not their community's others. */
const PARTICIPANTS = new Set(['resident', 'liaison']);

/**
 * Polls' part of the access layer (docs/architecture.md, "Access"). Staff, the grid and the street see
 * the polls of their communities. A resident or liaison sees those whose audience she is in: by her
 * stated household — its community's polls for everyone, a `buildings` poll naming her building — and
 * the `invited` polls naming her. Before she has stated a household she sees her account's community's
 * polls for everyone and for some buildings (so she finds them, and is asked to state her household
 * when she answers). Outside, a poll is "not found".
 */
@Injectable()
export class PollAccess implements OnModuleInit {
  constructor(
    private readonly access: AccessService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly households: HouseholdsService,
  ) {}

  onModuleInit(): void {
    this.access.register('poll', {
      entity: Poll,
      notFound: pollNotFound,
      scope: async (ctx, qb, alias, { inCommunities }) => {
        if (!PARTICIPANTS.has(ctx.role)) return inCommunities(`${alias}.communityId`);
        const household = await this.households.householdOf(this.dataSource.manager, ctx.userId);
        const invited = `EXISTS (SELECT 1 FROM poll_invitees scope_pi WHERE scope_pi.pollId = ${alias}.id AND scope_pi.userId = :scopeUserId)`;
        const asked = household
          ? `(${alias}.communityId = :scopeCommunityId AND (${alias}.audience = 'community' OR (${alias}.audience = 'buildings' AND EXISTS (SELECT 1 FROM poll_buildings scope_pb WHERE scope_pb.pollId = ${alias}.id AND scope_pb.buildingId = :scopeBuildingId))))`
          : `(${alias}.communityId = :scopeCommunityId AND ${alias}.audience IN ('community', 'buildings'))`;
        qb.andWhere(new Brackets((w) => w.where(asked).orWhere(invited)), {
          scopeUserId: ctx.userId,
          scopeCommunityId: household?.communityId ?? ctx.actor.communityId ?? -1,
          scopeBuildingId: household?.buildingId ?? -1,
        });
      },
    });
  }
}
