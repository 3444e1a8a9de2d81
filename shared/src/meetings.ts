import type { Audience, AudienceRule } from './households';

/**
 * Residents' meetings (议事会) of the deliberation hall (居民议事厅): the community's staff schedule one,
 * the residents of its audience sign up and check in at the door, and the minutes and decisions are
 * published to them. These are the meeting's rules of time and audience; the server applies them.
 */

/** Check-in at the door opens this long before the start and closes at the end. */
export const MEETING_CHECK_IN_OPENS_MINUTES = 60;

/** How long the lists go back: a meeting that ended within these days is still "recent". */
export const MEETING_RECENT_DAYS = 30;

/** The sizes of what staff write, checked on the field. */
export const MEETING_LIMITS = {
  topic: 100,
  place: 100,
  agendaItems: 20,
  agendaItem: 200,
  /** A meeting, not a campaign: at most a day long. */
  maxHours: 24,
  buildings: 50,
  invited: 200,
  capacity: { min: 1, max: 10_000 },
  cancelReason: 200,
  minutes: 20_000,
  decisions: 30,
  decisionText: 1_000,
  appealsPerDecision: 20,
  /** People recorded present at once. */
  attendance: 200,
} as const;

/** A meeting is scheduled until staff cancel it; whether it has begun or ended is a matter of time (`meetingPhase`). */
export const MEETING_STATUSES = ['scheduled', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** Where a meeting stands now. */
export const MEETING_PHASES = ['upcoming', 'inProgress', 'ended', 'cancelled'] as const;
export type MeetingPhase = (typeof MEETING_PHASES)[number];

export const MEETING_PHASE_LABELS: Record<MeetingPhase, string> = {
  upcoming: '未开始',
  inProgress: '进行中',
  ended: '已结束',
  cancelled: '已取消',
};

export const MEETING_AUDIENCE_LABELS: Record<Audience, string> = {
  community: '全体居民',
  buildings: '部分楼栋居民',
  invited: '特邀人员（如居民代表）',
};

/** The minutes: none yet, a draft only staff see, or published to the audience (then fixed). */
export const MINUTES_STATES = ['none', 'draft', 'published'] as const;
export type MinutesState = (typeof MINUTES_STATES)[number];

/** How she came to be recorded present: she scanned the code at the door, or staff recorded her. */
export const ATTENDANCE_METHODS = ['checkIn', 'staff'] as const;
export type AttendanceMethod = (typeof ATTENDANCE_METHODS)[number];

export const ATTENDANCE_METHOD_LABELS: Record<AttendanceMethod, string> = {
  checkIn: '扫码签到',
  staff: '工作人员登记',
};

/** A decision adopted (通过), not adopted (未通过) or recorded without a vote (null). */
export function decisionOutcomeLabel(adopted: boolean | null): string | null {
  return adopted === null ? null : adopted ? '通过' : '未通过';
}

interface MeetingTimes {
  status: MeetingStatus;
  startsAt: Date;
  endsAt: Date;
}

/** Upcoming until it starts, in progress until it ends (both instants its own), then ended; or cancelled. */
export function meetingPhase(m: MeetingTimes, now: Date): MeetingPhase {
  if (m.status === 'cancelled') return 'cancelled';
  if (now.getTime() < m.startsAt.getTime()) return 'upcoming';
  return now.getTime() < m.endsAt.getTime() ? 'inProgress' : 'ended';
}

/** Staff may change or cancel it, and residents sign up or withdraw, only before it starts. */
export function isBeforeStart(m: MeetingTimes, now: Date): boolean {
  return meetingPhase(m, now) === 'upcoming';
}

/** The door's check-in: from `MEETING_CHECK_IN_OPENS_MINUTES` before the start to the end, both included. */
export function checkInWindow(m: Pick<MeetingTimes, 'startsAt' | 'endsAt'>): { opensAt: Date; closesAt: Date } {
  return { opensAt: new Date(m.startsAt.getTime() - MEETING_CHECK_IN_OPENS_MINUTES * 60_000), closesAt: m.endsAt };
}

/** Whether she can check in now, and if not why: not open yet, closed, or the meeting was cancelled. */
export function checkInState(m: MeetingTimes, now: Date): 'open' | 'notOpen' | 'closed' | 'cancelled' {
  if (m.status === 'cancelled') return 'cancelled';
  const { opensAt, closesAt } = checkInWindow(m);
  if (now.getTime() < opensAt.getTime()) return 'notOpen';
  return now.getTime() > closesAt.getTime() ? 'closed' : 'open';
}

/** Who takes part: a resident by her stated household; a liaison by her account's community (and her household's building, if stated there). */
export interface MeetingParticipant {
  userId: number;
  communityId: number;
  /** Her household's building, if she stated one in that community. */
  buildingId: number | null;
}

/**
 * Whether the meeting's audience includes her. Never a person of another community, whatever the
 * audience (an invited representative who has since moved away is no longer invited); within the
 * community, the shared `inAudience` rule, except that a liaison belongs to her community's audience
 * without a stated household.
 */
export function meetingAudienceIncludes(rule: AudienceRule, p: MeetingParticipant): boolean {
  if (p.communityId !== rule.communityId) return false;
  switch (rule.audience) {
    case 'community':
      return true;
    case 'buildings':
      return p.buildingId !== null && rule.buildingIds.includes(p.buildingId);
    case 'invited':
      return rule.invitedUserIds.includes(p.userId);
  }
}

/**
 * What the door's QR code holds (drawn on staff's phone, scanned by the resident's): the meeting and
 * its check-in code. `parseMeetingCheckIn` reads it back, or null for anything else scanned.
 */
const CHECK_IN_PREFIX = 'lingjuli-meeting';
/** The code's alphabet: base64url, as the server draws it. */
const CHECK_IN_CODE = /^[A-Za-z0-9_-]{20,64}$/;

export function meetingCheckInPayload(meetingId: number, code: string): string {
  return `${CHECK_IN_PREFIX}:${meetingId}:${code}`;
}

export function parseMeetingCheckIn(text: string): { meetingId: number; code: string } | null {
  const parts = text.trim().split(':');
  if (parts.length !== 3 || parts[0] !== CHECK_IN_PREFIX || !/^[1-9]\d{0,9}$/.test(parts[1]) || !CHECK_IN_CODE.test(parts[2])) return null;
  return { meetingId: Number(parts[1]), code: parts[2] };
}
