import type { TaskForceInfo, TaskForceMemberInfo, TaskForceNoteInfo } from '@lingjuli/shared';
import { toPerson } from '../users/user.mapper';
import type { TaskForceMember } from './task-force-member.entity';
import type { TaskForceNote } from './task-force-note.entity';
import type { TaskForce } from './task-force.entity';

/** Expects `department` and `community` loaded. */
export function toTaskForceMemberInfo(m: TaskForceMember): TaskForceMemberInfo {
  const name = m.kind === 'department' ? m.department?.name : m.kind === 'community' ? m.community?.name : m.name;
  return { kind: m.kind, name: name ?? '', lead: m.lead };
}

/** Expects `author` loaded. */
export function toTaskForceNoteInfo(n: TaskForceNote): TaskForceNoteInfo {
  return { id: n.id, author: toPerson(n.author), content: n.content, visibility: n.visibility, at: n.at.toISOString() };
}

/** Expects `formedBy` and `members` (with department and community) loaded. The lead first, then in the order added. */
export function toTaskForceInfo(t: TaskForce, notes: TaskForceNote[]): TaskForceInfo {
  const members = [...(t.members ?? [])].sort((a, b) => Number(b.lead) - Number(a.lead) || a.id - b.id);
  return {
    id: t.id,
    appealId: t.appealId,
    name: t.name,
    formedBy: toPerson(t.formedBy),
    formedAt: t.formedAt.toISOString(),
    members: members.map(toTaskForceMemberInfo),
    notes: notes.map(toTaskForceNoteInfo),
  };
}
