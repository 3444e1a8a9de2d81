import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '../events/event-bus';
import { Community } from '../organisation/community.entity';
import { Notifier } from './notifier.service';
import { communityMemberIds } from './recipients';

/** 未诉即办: the liaison named (or all the community's) are asked to visit a building where a problem keeps coming back. */
@Injectable()
export class VisitTaskNotices implements OnModuleInit {
  constructor(
    private readonly bus: EventBus,
    private readonly notifier: Notifier,
  ) {}

  onModuleInit(): void {
    this.bus.on('VisitTaskOpened', async (em, { task, at }) => {
      const community = await em.findOneByOrFail(Community, { id: task.communityId });
      const liaisons = await communityMemberIds(em, task.communityId, ['liaison']);
      await this.notifier.notify(
        em,
        {
          kind: 'visitTask',
          occasion: `visit-task-${task.id}`,
          about: { type: 'visitTask', id: task.id },
          recipientIds: task.liaisonId === null ? liaisons : liaisons.filter((id) => id === task.liaisonId),
          params: { communityName: community.name, reason: task.reason },
        },
        at,
      );
    });
  }
}
