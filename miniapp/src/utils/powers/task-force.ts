import type { FormTaskForceRequest, NoteVisibility, TaskForceMemberInfo, TaskForceNoteRequest } from '@lingjuli/shared';
import { checked, collect, optionalText, requiredText, requiredTitle, type Checked } from '@/utils/powers/check';

/** The street's choice when forming a task force (专班). */
export interface TaskForceDraft {
  name: string;
  leadId: number | null;
  memberIds: number[];
  /** Residents' representatives and other people, one row each, e.g. 业主代表 张先生. */
  representatives: string[];
  note: string;
}

export const emptyTaskForceDraft = (): TaskForceDraft => ({ name: '', leadId: null, memberIds: [], representatives: [''], note: '' });

/** Makes a department the lead (it stops being a plain member); choosing it again clears it. */
export function chooseTaskForceLead(draft: TaskForceDraft, departmentId: number): TaskForceDraft {
  if (draft.leadId === departmentId) return { ...draft, leadId: null };
  return { ...draft, leadId: departmentId, memberIds: draft.memberIds.filter((id) => id !== departmentId) };
}

/** Adds or removes a member department; the lead is already in. */
export function toggleTaskForceMember(draft: TaskForceDraft, departmentId: number): TaskForceDraft {
  if (draft.leadId === departmentId) return draft;
  const on = draft.memberIds.includes(departmentId);
  return { ...draft, memberIds: on ? draft.memberIds.filter((id) => id !== departmentId) : [...draft.memberIds, departmentId] };
}

export const MAX_REPRESENTATIVES = 20;

export function addRepresentativeRow(rows: readonly string[]): string[] {
  return rows.length >= MAX_REPRESENTATIVES ? [...rows] : [...rows, ''];
}

/** Removes a row; the last one is emptied rather than removed, so there is always a row to type in. */
export function removeRepresentativeRow(rows: readonly string[], index: number): string[] {
  const next = rows.filter((_, i) => i !== index);
  return next.length ? next : [''];
}

export function setRepresentativeRow(rows: readonly string[], index: number, value: string): string[] {
  return rows.map((r, i) => (i === index ? value : r));
}

/** The server takes at most this many member departments. */
export const MAX_MEMBER_DEPARTMENTS = 10;

export function taskForceBody(draft: TaskForceDraft): Checked<FormTaskForceRequest> {
  // The same person twice is one representative.
  const representatives = [...new Set(draft.representatives.map((r) => r.trim()).filter(Boolean))];
  const tooLong = representatives.find((r) => r.length > 100);
  return checked(
    collect({
      name: requiredTitle(draft.name, '专班名称'),
      leadDepartmentId: draft.leadId === null ? '请选择牵头单位' : undefined,
      memberDepartmentIds: draft.memberIds.length > MAX_MEMBER_DEPARTMENTS ? `成员单位最多${MAX_MEMBER_DEPARTMENTS}个` : undefined,
      representatives: tooLong ? `“${tooLong.slice(0, 10)}…”太长，每位代表不超过100个字` : undefined,
      note: optionalText(draft.note, '说明'),
    }),
    () => ({
      name: draft.name.trim(),
      leadDepartmentId: draft.leadId as number,
      ...(draft.memberIds.length ? { memberDepartmentIds: [...draft.memberIds] } : {}),
      ...(representatives.length ? { representatives } : {}),
      ...(draft.note.trim() ? { note: draft.note.trim() } : {}),
    }),
  );
}

export function taskForceNoteBody(content: string, visibility: NoteVisibility): Checked<TaskForceNoteRequest> {
  return checked(collect({ content: requiredText(content, '进展内容') }), () => ({ content: content.trim(), visibility }));
}

export const MEMBER_KIND_LABELS: Record<TaskForceMemberInfo['kind'], string> = { department: '成员单位', community: '社区', person: '居民代表等' };

/** Members in the order people read them: the lead first, then departments, the community, then people. */
export function sortMembers(members: readonly TaskForceMemberInfo[]): TaskForceMemberInfo[] {
  const rank = (m: TaskForceMemberInfo) => (m.lead ? 0 : m.kind === 'department' ? 1 : m.kind === 'community' ? 2 : 3);
  return members
    .map((m, i) => ({ m, i }))
    .sort((a, b) => rank(a.m) - rank(b.m) || a.i - b.i)
    .map((x) => x.m);
}

/** e.g. 牵头单位 / 成员单位 / 社区 / 居民代表等 */
export function memberRole(m: TaskForceMemberInfo): string {
  return m.lead ? '牵头单位' : MEMBER_KIND_LABELS[m.kind];
}
