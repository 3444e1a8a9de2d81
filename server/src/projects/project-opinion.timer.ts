import { firesAfter } from '@lingjuli/shared';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EventBus } from '../events/event-bus';
import { claimRow, OWNER_GONE, TimerRegistry } from '../timers/timer-registry';
import type { Timer } from '../timers/timer.entity';
import { TimerService, sameInstant } from '../timers/timer.service';
import { ProjectOpinion } from './project-opinion.entity';
import { Project } from './project.entity';

/** The timer kind of a project's opinion deadline, and its owner type. */
export const PROJECT_OPINION_DUE = 'projectOpinionDue';
export const PROJECT_OWNER = 'project';

/**
 * A project's opinion deadline (建议权; docs/architecture.md, "Timers"). Scheduled when the street
 * registers the project, cancelled when the community answers. If the deadline passes without an
 * opinion, the community's secretary and staff and the street's registrant are told once that the
 * consultation is overdue (the list's `overdue` filter shows it all along; a late opinion is still
 * taken). Like a breach it fires 1 ms after the deadline: an opinion at the due instant is on time.
 */
@Injectable()
export class ProjectOpinionTimer implements OnModuleInit {
  readonly kind = PROJECT_OPINION_DUE;
  readonly ownerType = PROJECT_OWNER;

  constructor(
    private readonly registry: TimerRegistry,
    private readonly timers: TimerService,
    private readonly events: EventBus,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  schedule(em: EntityManager, project: Project): Promise<void> {
    const deadline = project.opinionDueAt;
    return this.timers.schedule(em, PROJECT_OWNER, [project.id], { kind: PROJECT_OPINION_DUE, fireAt: firesAfter(deadline), deadline });
  }

  cancel(em: EntityManager, projectId: number): Promise<void> {
    return this.timers.cancelPending(em, PROJECT_OWNER, [projectId], PROJECT_OPINION_DUE);
  }

  /** The project row, skipped while a writer (an opinion being given) holds it. */
  claim(em: EntityManager, timer: Timer): Promise<Project | null | typeof OWNER_GONE> {
    return claimRow(em, Project, timer.ownerId);
  }

  async fire(em: EntityManager, timer: Timer, project: Project, now: Date): Promise<void> {
    if (project.status !== 'awaitingOpinion' || !sameInstant(project.opinionDueAt, timer.deadline)) return;
    if (await em.existsBy(ProjectOpinion, { projectId: project.id })) return;
    await this.events.publish(em, { type: 'ProjectOpinionOverdue', project, deadline: timer.deadline, at: now });
  }
}
