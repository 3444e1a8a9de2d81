import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '../events/event-bus';
import { User } from '../users/user.entity';
import { Notifier } from './notifier.service';
import { communityMemberIds } from './recipients';

/** The suggestion power (建议权): a project in a community's area asks the community for its opinion. */
@Injectable()
export class ProjectNotices implements OnModuleInit {
  constructor(
    private readonly bus: EventBus,
    private readonly notifier: Notifier,
  ) {}

  onModuleInit(): void {
    // The community's secretary and staff, once per project.
    this.bus.on('ProjectRegistered', async (em, { project, at }) => {
      await this.notifier.notify(
        em,
        {
          kind: 'projectConsultation',
          occasion: `project-${project.id}`,
          about: { type: 'project', id: project.id },
          recipientIds: await communityMemberIds(em, project.communityId, ['communitySecretary', 'communityStaff']),
          params: { title: project.title, kind: project.kind, opinionDueAt: project.opinionDueAt },
        },
        at,
      );
    });
    // The community's secretary and staff, and the street's registrant, once per deadline.
    this.bus.on('ProjectOpinionOverdue', async (em, { project, deadline, at }) => {
      const registrant = await em.findOneBy(User, { id: project.registeredById, active: true });
      await this.notifier.notify(
        em,
        {
          kind: 'projectOpinionOverdue',
          occasion: `project-${project.id}:overdue:${deadline.toISOString()}`,
          about: { type: 'project', id: project.id },
          recipientIds: [
            ...(await communityMemberIds(em, project.communityId, ['communitySecretary', 'communityStaff'])),
            ...(registrant ? [registrant.id] : []),
          ],
          params: { title: project.title, kind: project.kind, opinionDueAt: deadline },
        },
        at,
      );
    });
  }
}
