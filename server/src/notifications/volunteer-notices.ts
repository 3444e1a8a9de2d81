import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '../events/event-bus';
import { Community } from '../organisation/community.entity';
import { Notifier } from './notifier.service';
import { communityMemberIds } from './recipients';

/** The volunteers (民情专员, 双报到): a new application to the community's staff, their decision to the applicant. */
@Injectable()
export class VolunteerNotices implements OnModuleInit {
  constructor(
    private readonly bus: EventBus,
    private readonly notifier: Notifier,
  ) {}

  onModuleInit(): void {
    // The community's staff and secretary, once per application.
    this.bus.on('VolunteerApplied', async (em, { application, at }) => {
      const community = await em.findOneByOrFail(Community, { id: application.communityId });
      await this.notifier.notify(
        em,
        {
          kind: 'volunteerApplication',
          occasion: `volunteer-application-${application.id}`,
          about: { type: 'volunteerApplication', id: application.id },
          recipientIds: await communityMemberIds(em, application.communityId, ['communityStaff', 'communitySecretary']),
          params: { communityName: community.name, kind: application.kind, name: application.name },
        },
        at,
      );
    });
    // The applicant, once: an application is decided only once.
    this.bus.on('VolunteerApplicationDecided', async (em, { application, at }) => {
      const community = await em.findOneByOrFail(Community, { id: application.communityId });
      const named = { communityName: community.name, kind: application.kind };
      await this.notifier.notify(
        em,
        {
          kind: 'volunteerDecision',
          occasion: `volunteer-application-${application.id}`,
          about: { type: 'volunteerApplication', id: application.id },
          recipientIds: [application.applicantId],
          params:
            application.status === 'accepted'
              ? { ...named, decision: 'accepted' }
              : { ...named, decision: 'declined', reason: application.declineReason ?? '' },
        },
        at,
      );
    });
  }
}
