import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '../events/event-bus';
import { Community } from '../organisation/community.entity';
import { OrganisationService } from '../organisation/organisation.service';
import { Notifier } from './notifier.service';
import { communityLeadIds, departmentStaffIds } from './recipients';

/** The whistle's notices (docs/domain.md §8.1): to the whistled departments, and up the line when one misses its report-in. */
@Injectable()
export class WhistleNotices implements OnModuleInit {
  constructor(
    private readonly bus: EventBus,
    private readonly notifier: Notifier,
    private readonly organisation: OrganisationService,
  ) {}

  onModuleInit(): void {
    this.bus.on('WhistleRaised', async (em, { whistle, departmentIds, at }) => {
      const community = await em.findOneByOrFail(Community, { id: whistle.communityId });
      await this.notifier.notify(
        em,
        {
          kind: 'whistled',
          occasion: `w${whistle.id}:whistle`,
          about: { type: 'whistle', id: whistle.id },
          appealId: whistle.appealId,
          recipientIds: await departmentStaffIds(em, departmentIds),
          params: { communityName: community.name, subject: whistle.subject, reportInDueAt: whistle.reportInDueAt },
        },
        at,
      );
    });

    // The community secretary, the grid secretary and the command centre (escalated).
    this.bus.on('WhistleReportInMissed', async (em, { whistle, target, department, deadline, at }) => {
      const community = await this.organisation.findCommunity(whistle.communityId);
      const recipientIds = await communityLeadIds(em, this.organisation, whistle.communityId, { commandCenter: true });
      await this.notifier.notify(
        em,
        {
          kind: 'whistleReportInMissed',
          occasion: `w${whistle.id}:t${target.id}:${deadline.toISOString()}`,
          about: { type: 'whistle', id: whistle.id },
          appealId: whistle.appealId,
          recipientIds,
          params: { communityName: community?.name ?? '', subject: whistle.subject, departmentName: department.name, dueAt: deadline },
        },
        at,
      );
    });

    this.bus.on('WhistleCancelled', async (em, { whistle, appeal, appealStatus, targets, at }) => {
      const community = await em.findOneByOrFail(Community, { id: whistle.communityId });
      await this.notifier.notify(
        em,
        {
          kind: 'whistleCancelled',
          occasion: `w${whistle.id}:cancel`,
          about: { type: 'whistle', id: whistle.id },
          appealId: appeal.id,
          recipientIds: await departmentStaffIds(
            em,
            targets.map((t) => t.departmentId),
          ),
          params: { communityName: community.name, subject: whistle.subject, appealStatus },
        },
        at,
      );
    });
  }
}
