import type { Project } from './project.entity';

// What happens to a project the street consults a community on (建议权).

/** The street registered a project in a community's area, which awaits the community's opinion. */
export interface ProjectRegistered {
  type: 'ProjectRegistered';
  project: Project;
  at: Date;
}

/** A project's opinion deadline passed and the community has given none. */
export interface ProjectOpinionOverdue {
  type: 'ProjectOpinionOverdue';
  project: Project;
  deadline: Date;
  at: Date;
}

declare module '../events/domain-events' {
  interface DomainEvents {
    ProjectRegistered: ProjectRegistered;
    ProjectOpinionOverdue: ProjectOpinionOverdue;
  }
}
