import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { tallyAgeBands, yearAt } from '@lingjuli/shared';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { ParticipationRegistry } from '../measures/participation-registry';
import { VolunteerRoster } from './volunteer-roster';

/**
 * The volunteers' part of the measures' participation figures: the communities' active liaisons and
 * registered party members as they are now (not over the period), and the active ones by age band —
 * the same count as the team's (`GET /volunteers/team`), a person serving in both kinds once.
 */
@Injectable()
export class VolunteerParticipation implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly registry: ParticipationRegistry,
    private readonly roster: VolunteerRoster,
  ) {}

  onModuleInit(): void {
    this.registry.register('volunteers', async (communityIds) => {
      const active = (await this.roster.read(this.dataSource.manager, communityIds)).filter((v) => v.activeKinds.length > 0);
      return {
        liaisons: active.filter((v) => v.activeKinds.includes('liaison')).length,
        partyMembers: active.filter((v) => v.activeKinds.includes('partyMember')).length,
        byAgeBand: tallyAgeBands(
          active.map((v) => v.birthYear),
          yearAt(this.clock.now()),
        ),
      };
    });
  }
}
