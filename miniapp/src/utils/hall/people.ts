import {
  CATEGORY_INFO,
  formatShanghaiDateTime,
  type AppealSummary,
  type LiaisonInfo,
  type MeetingParticipantInfo,
  type ResidentHousehold,
} from '@lingjuli/shared';

/**
 * The people staff choose for a meeting — to invite by name, or to record present — and its sign-in
 * sheet: the community's residents who stated a household, and its liaisons.
 */
export interface PersonChoice {
  userId: number;
  name: string;
  /** Her household (3号楼 2单元 301室), or 民情专员. */
  note: string;
}

/** Residents with a household first (by household), then the active liaisons not among them; each person once. */
export function peopleChoices(households: readonly ResidentHousehold[], liaisons: readonly LiaisonInfo[]): PersonChoice[] {
  const byId = new Map<number, PersonChoice>();
  [...households]
    .sort((a, b) => a.label.localeCompare(b.label, 'zh-CN', { numeric: true }) || a.userId - b.userId)
    .forEach((h) => byId.set(h.userId, { userId: h.userId, name: h.displayName, note: h.label }));
  liaisons
    .filter((l) => l.active)
    .forEach((l) => {
      const known = byId.get(l.userId);
      byId.set(l.userId, known ? { ...known, note: `${known.note} · 民情专员` } : { userId: l.userId, name: l.name, note: '民情专员' });
    });
  return [...byId.values()];
}

/** Those whose name or household holds the words typed (all of them for nothing typed). */
export function filterPeople(people: readonly PersonChoice[], query: string): PersonChoice[] {
  const q = query.trim().replace(/\s+/g, '');
  if (!q) return [...people];
  return people.filter((p) => `${p.name}${p.note}`.replace(/\s+/g, '').includes(q));
}

/** One line of the sign-in sheet. */
export interface ParticipantLine {
  userId: number;
  name: string;
  household: string;
  /** 已报名 · 扫码签到 3月2日 14:05 */
  state: string;
  signedUp: boolean;
  attended: boolean;
}

export function participantLines(participants: readonly MeetingParticipantInfo[]): ParticipantLine[] {
  return participants.map((p) => {
    const parts = [p.signedUpAt ? '已报名' : '未报名'];
    if (p.attendedAt) parts.push(`${p.attendance === 'checkIn' ? '扫码签到' : '工作人员登记到会'} ${formatShanghaiDateTime(new Date(p.attendedAt))}`);
    else parts.push('未到会');
    return {
      userId: p.user.id,
      name: p.user.name,
      household: p.household ?? '未登记住址',
      state: parts.join(' · '),
      signedUp: p.signedUpAt !== null,
      attended: p.attendedAt !== null,
    };
  });
}

/** 报名12人 · 到会10人（其中未报名2人） */
export function attendanceSummary(participants: readonly MeetingParticipantInfo[]): string {
  const signedUp = participants.filter((p) => p.signedUpAt).length;
  const attended = participants.filter((p) => p.attendedAt).length;
  const walkIns = participants.filter((p) => p.attendedAt && !p.signedUpAt).length;
  return `报名${signedUp}人 · 到会${attended}人${walkIns ? `（其中未报名${walkIns}人）` : ''}`;
}

/** Who staff may tick present: those signed up and not yet recorded first, then anyone else of the community. */
export function attendanceCandidates(participants: readonly MeetingParticipantInfo[], people: readonly PersonChoice[]): PersonChoice[] {
  const attended = new Set(participants.filter((p) => p.attendedAt).map((p) => p.user.id));
  const waiting = participants
    .filter((p) => p.signedUpAt && !p.attendedAt)
    .map((p) => ({ userId: p.user.id, name: p.user.name, note: `${p.household ?? '未登记住址'} · 已报名` }));
  const waitingIds = new Set(waiting.map((p) => p.userId));
  return [...waiting, ...people.filter((p) => !attended.has(p.userId) && !waitingIds.has(p.userId))];
}

/** An appeal staff may link to a decision, as the chooser lists it. */
export interface AppealChoice {
  id: number;
  code: string;
  /** 3号楼 · 停车管理 · 楼下停车太乱… */
  line: string;
}

export function appealChoices(appeals: readonly AppealSummary[]): AppealChoice[] {
  return appeals.map((a) => ({
    id: a.id,
    code: a.code,
    line: [a.buildingName, CATEGORY_INFO[a.category].label, a.summary].filter(Boolean).join(' · '),
  }));
}

/** Those whose code or words hold what was typed (a code is often typed without its dash). */
export function filterAppeals(appeals: readonly AppealChoice[], query: string): AppealChoice[] {
  const q = query.trim().replace(/\s+/g, '');
  if (!q) return [...appeals];
  const digits = q.replace(/-/g, '');
  return appeals.filter((a) => a.code.replace(/-/g, '').includes(digits) || a.line.replace(/\s+/g, '').includes(q));
}
