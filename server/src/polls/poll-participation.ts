import { combinedTurnout } from '@lingjuli/shared';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ParticipationRegistry } from '../measures/participation-registry';
import { PollsService } from './polls.service';

/** The polls' part of the measures' participation: polls closed in the period, their participants, audiences and turnout over the scope's communities. */
@Injectable()
export class PollParticipationFigures implements OnModuleInit {
  constructor(
    private readonly registry: ParticipationRegistry,
    private readonly polls: PollsService,
  ) {}

  onModuleInit(): void {
    this.registry.register('polls', async (communityIds, from, to) => {
      const rows = await this.polls.participation(communityIds, from, to);
      return {
        closed: rows.reduce((n, r) => n + r.pollsHeld, 0),
        participants: rows.reduce((n, r) => n + r.participants, 0),
        eligible: rows.reduce((n, r) => n + r.eligible, 0),
        turnout: combinedTurnout(rows),
      };
    });
  }
}
