import type { VisitTask } from './visit-task.entity';

/** Staff opened a liaison visit to a hot spot (the liaisons are told: notifications/visit-task-notices.ts). */
export interface VisitTaskOpened {
  type: 'VisitTaskOpened';
  task: VisitTask;
  at: Date;
}

declare module '../events/domain-events' {
  interface DomainEvents {
    VisitTaskOpened: VisitTaskOpened;
  }
}
