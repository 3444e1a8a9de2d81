import { FINAL_STATUSES, canPerform, type AppealSummary } from '@lingjuli/shared';

/** A visit to make: tell the resident the result (the appeal is resolved) or how it is going. */
export interface VisitTask {
  appeal: AppealSummary;
  kind: 'result' | 'progress';
}

export interface LiaisonTasks {
  /** Appeals she was asked to visit that take feedback now: results first, then soonest due. */
  visits: VisitTask[];
  /** Open appeals of hers the street is handling (dispatched to departments): she takes part with the community's cadre. */
  accompany: AppealSummary[];
}

const byDue = (a: AppealSummary, b: AppealSummary) => new Date(a.dueAt).getTime() - new Date(b.dueAt).getTime() || a.id - b.id;

/**
 * Her task list from the appeals assigned to her and those she reported. A visit is an assigned appeal
 * the transition table lets a liaison give feedback on; a street-level one she is not visiting yet is
 * one to accompany. Each appeal appears once.
 */
export function liaisonTasks(assigned: readonly AppealSummary[], reported: readonly AppealSummary[] = []): LiaisonTasks {
  const visits: VisitTask[] = assigned
    .filter((a) => canPerform('liaison', 'feedback', a))
    .map((appeal) => ({ appeal, kind: appeal.status === 'resolved' ? ('result' as const) : ('progress' as const) }))
    .sort((x, y) => (x.kind === y.kind ? byDue(x.appeal, y.appeal) : x.kind === 'result' ? -1 : 1));
  const visiting = new Set(visits.map((v) => v.appeal.id));
  const seen = new Set<number>();
  const accompany = [...assigned, ...reported]
    .filter((a) => a.level !== 'community' && !FINAL_STATUSES.includes(a.status) && !visiting.has(a.id))
    .filter((a) => (seen.has(a.id) ? false : (seen.add(a.id), true)))
    .sort(byDue);
  return { visits, accompany };
}
