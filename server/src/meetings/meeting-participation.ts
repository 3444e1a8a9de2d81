import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ParticipationRegistry } from '../measures/participation-registry';
import { MeetingsService } from './meetings.service';

/** The meetings' part of the measures' participation: held, attendances and attendees, summed over the scope's communities. */
@Injectable()
export class MeetingParticipationFigures implements OnModuleInit {
  constructor(
    private readonly registry: ParticipationRegistry,
    private readonly meetings: MeetingsService,
  ) {}

  onModuleInit(): void {
    this.registry.register('meetings', async (communityIds, from, to) => {
      const rows = await this.meetings.participation(communityIds, from, to);
      return {
        held: rows.reduce((n, r) => n + r.meetingsHeld, 0),
        attendances: rows.reduce((n, r) => n + r.attendances, 0),
        // Distinct per community: one person attends only her own community's meetings.
        attendees: rows.reduce((n, r) => n + r.attendees, 0),
      };
    });
  }
}
