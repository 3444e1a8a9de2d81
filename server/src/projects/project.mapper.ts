import { isBreached, type ProjectInfo } from '@lingjuli/shared';
import { toPerson } from '../users/user.mapper';
import type { ProjectOpinion } from './project-opinion.entity';
import type { Project } from './project.entity';

/** No opinion yet and the due time has passed (a late opinion is still accepted; the flag then clears). */
export function isOpinionOverdue(project: Pick<Project, 'status' | 'opinionDueAt'>, now: Date): boolean {
  return project.status === 'awaitingOpinion' && isBreached(project.opinionDueAt, now);
}

/** Expects `community` and `registeredBy` loaded, and the opinion's `by`. */
export function toProjectInfo(project: Project, opinion: ProjectOpinion | null, now: Date): ProjectInfo {
  return {
    id: project.id,
    communityId: project.communityId,
    communityName: project.community?.name ?? '',
    title: project.title,
    description: project.description,
    kind: project.kind,
    status: project.status,
    registeredBy: toPerson(project.registeredBy),
    registeredAt: project.registeredAt.toISOString(),
    opinionDueAt: project.opinionDueAt.toISOString(),
    opinionOverdue: isOpinionOverdue(project, now),
    opinion: opinion ? { opinion: opinion.opinion, text: opinion.text, by: toPerson(opinion.by), at: opinion.at.toISOString() } : null,
    startedAt: project.startedAt ? project.startedAt.toISOString() : null,
  };
}
