import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import { notFound } from '../common/errors/app-error';
import { HouseholdsService } from '../households/households.service';
import { Meeting } from './entities/meeting.entity';
import { PARTICIPANT_ROLES, participantOf } from './meeting-participants';

declare module '../access/access.service' {
  interface AccessResources {
    meeting: Meeting;
  }
}

export const meetingNotFound = () => notFound('MEETING_NOT_FOUND', '找不到该议事会');

/**
 * Meetings' part of the access layer (docs/architecture.md, "Access"). Staff see their community's
 * (the grid its communities', the street all); a resident or a liaison sees the meetings of her
 * community whose audience includes her (`meetingAudienceIncludes`, written here as SQL). A resident
 * without a stated household sees none: the service answers her first with a 409 that asks her to state it.
 */
@Injectable()
export class MeetingAccess implements OnModuleInit {
  constructor(
    private readonly access: AccessService,
    private readonly households: HouseholdsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.access.register('meeting', {
      entity: Meeting,
      notFound: meetingNotFound,
      scope: async (ctx, qb, alias, { inCommunities }) => {
        if (!PARTICIPANT_ROLES.includes(ctx.role)) return inCommunities(`${alias}.communityId`);
        const household = await this.households.householdOf(this.dataSource.manager, ctx.userId);
        const me = participantOf(ctx.actor, household);
        if (!me) {
          qb.andWhere('1 = 0');
          return;
        }
        const audience = [
          `${alias}.audience = 'community'`,
          `(${alias}.audience = 'invited' AND EXISTS (SELECT 1 FROM meeting_invitees scope_mi WHERE scope_mi.meetingId = ${alias}.id AND scope_mi.userId = :scopeMeetingUser))`,
        ];
        if (me.buildingId !== null) {
          audience.push(
            `(${alias}.audience = 'buildings' AND EXISTS (SELECT 1 FROM meeting_buildings scope_mb WHERE scope_mb.meetingId = ${alias}.id AND scope_mb.buildingId = :scopeMeetingBuilding))`,
          );
        }
        qb.andWhere(`${alias}.communityId = :scopeMeetingCommunity AND (${audience.join(' OR ')})`, {
          scopeMeetingCommunity: me.communityId,
          scopeMeetingUser: me.userId,
          scopeMeetingBuilding: me.buildingId ?? 0,
        });
      },
    });
  }
}
