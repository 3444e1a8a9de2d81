import { CATEGORY_INFO, type CompleteVisitTaskRequest, type VisitTaskInfo } from '@lingjuli/shared';

/** What a visit task asks, in her words: the building and the problem. */
export function visitTaskTitle(task: Pick<VisitTaskInfo, 'buildingName' | 'category'>): string {
  return `${task.buildingName} · ${CATEGORY_INFO[task.category].label}`;
}

/** Her record of the visit, checked before it is sent. */
export function visitRecordBody(note: string): { ok: true; body: CompleteVisitTaskRequest } | { ok: false; message: string } {
  const trimmed = note.trim();
  if (!trimmed) return { ok: false, message: '请写下您看到的情况' };
  if (trimmed.length > 2000) return { ok: false, message: '最多2000字' };
  return { ok: true, body: { note: trimmed } };
}
