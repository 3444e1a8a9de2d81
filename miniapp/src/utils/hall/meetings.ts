import {
  MEETING_AUDIENCE_LABELS,
  MEETING_PHASE_LABELS,
  checkInState,
  decisionOutcomeLabel,
  meetingPhase,
  shanghaiParts,
  type MeetingDecisionInfo,
  type MeetingPhase,
  type MeetingSummary,
} from '@lingjuli/shared';

/**
 * How a meeting (议事会) reads on the residents' and the staff's pages: its time in words, where it
 * stands now, what she can do (sign up, withdraw, check in), the decisions with their outcome.
 */

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];
const pad = (n: number) => String(n).padStart(2, '0');

type Times = Pick<MeetingSummary, 'startsAt' | 'endsAt'>;
type Phased = Pick<MeetingSummary, 'status' | 'startsAt' | 'endsAt'>;

/** e.g. 3月2日（周一）14:00–16:00; a meeting that runs past midnight names both days. */
export function meetingTimeLabel(m: Times): string {
  const s = shanghaiParts(new Date(m.startsAt));
  const e = shanghaiParts(new Date(m.endsAt));
  const weekday = (iso: string) => WEEKDAYS[new Date(new Date(iso).getTime() + 8 * 3600_000).getUTCDay()];
  const start = `${s.month}月${s.day}日（周${weekday(m.startsAt)}）${pad(s.hour)}:${pad(s.minute)}`;
  const sameDay = s.year === e.year && s.month === e.month && s.day === e.day;
  return sameDay ? `${start}–${pad(e.hour)}:${pad(e.minute)}` : `${start} 至 ${e.month}月${e.day}日 ${pad(e.hour)}:${pad(e.minute)}`;
}

/** Where it stands by the (server's) clock now, not as it stood when the page loaded. */
export function phaseNow(m: Phased, now: Date): MeetingPhase {
  return meetingPhase({ status: m.status, startsAt: new Date(m.startsAt), endsAt: new Date(m.endsAt) }, now);
}

export const PHASE_TONES: Record<MeetingPhase, 'plain' | 'warning' | 'ok' | 'danger'> = {
  upcoming: 'ok',
  inProgress: 'warning',
  ended: 'plain',
  cancelled: 'danger',
};

export function phaseLabel(phase: MeetingPhase): string {
  return MEETING_PHASE_LABELS[phase];
}

/** e.g. 限30人 · 已报名12人, or 不限人数 · 已报名12人. */
export function capacityLabel(m: Pick<MeetingSummary, 'capacity' | 'signUps'>): string {
  return `${m.capacity === null ? '不限人数' : `限${m.capacity}人`} · 已报名${m.signUps}人`;
}

export function isFull(m: Pick<MeetingSummary, 'capacity' | 'signUps'>): boolean {
  return m.capacity !== null && m.signUps >= m.capacity;
}

/** Who it is for, in words: 全体居民 / 3号楼、5号楼居民 / 特邀人员（如居民代表）. */
export function audienceLabel(m: Pick<MeetingSummary, 'audience' | 'buildings'>): string {
  if (m.audience === 'buildings' && m.buildings.length) return `${m.buildings.map((b) => b.name).join('、')}居民`;
  return MEETING_AUDIENCE_LABELS[m.audience];
}

/** Her sign-up as the list shows it (a tag on each upcoming meeting). */
export type SignUpState = 'signedUp' | 'open' | 'full' | 'closed' | 'cancelled';

export function signUpState(m: Phased & Pick<MeetingSummary, 'signedUpByMe' | 'capacity' | 'signUps'>, now: Date): SignUpState {
  const phase = phaseNow(m, now);
  if (phase === 'cancelled') return 'cancelled';
  if (m.signedUpByMe) return 'signedUp';
  if (phase !== 'upcoming') return 'closed';
  return isFull(m) ? 'full' : 'open';
}

export const SIGN_UP_WORDS: Record<SignUpState, { label: string; tone: 'plain' | 'warning' | 'ok' | 'danger' }> = {
  signedUp: { label: '已报名', tone: 'ok' },
  open: { label: '可报名', tone: 'warning' },
  full: { label: '名额已满', tone: 'plain' },
  closed: { label: '报名已截止', tone: 'plain' },
  cancelled: { label: '已取消', tone: 'danger' },
};

/** What the resident's meeting page offers now. */
export interface ResidentMeetingView {
  phase: MeetingPhase;
  canSignUp: boolean;
  canWithdraw: boolean;
  full: boolean;
  /** The door's check-in: open now (the big 签到 button), not yet, closed, or cancelled. */
  checkIn: 'open' | 'notOpen' | 'closed' | 'cancelled';
  attended: boolean;
}

export function residentMeetingView(m: MeetingSummary, now: Date): ResidentMeetingView {
  const phase = phaseNow(m, now);
  const upcoming = phase === 'upcoming';
  const full = isFull(m);
  return {
    phase,
    canSignUp: upcoming && !m.signedUpByMe && !full,
    canWithdraw: upcoming && m.signedUpByMe,
    full,
    checkIn: checkInState({ status: m.status, startsAt: new Date(m.startsAt), endsAt: new Date(m.endsAt) }, now),
    attended: m.attendedByMe,
  };
}

/** e.g. 3月2日 13:00 起可签到 (an hour before the start). */
export function checkInOpensLabel(m: Pick<MeetingSummary, 'checkInOpensAt'>): string {
  const t = shanghaiParts(new Date(m.checkInOpensAt));
  return `${t.month}月${t.day}日 ${pad(t.hour)}:${pad(t.minute)} 起可在会场扫码签到`;
}

/**
 * The landing's two lists: meetings still to come or running, soonest first (a cancelled one too until
 * its time, marked so: she may have planned to go), and those with published minutes, latest first.
 */
export function hallMeetingLists(meetings: readonly MeetingSummary[], now: Date): { upcoming: MeetingSummary[]; withMinutes: MeetingSummary[] } {
  const upcoming = meetings
    .filter((m) => {
      const phase = phaseNow(m, now);
      return phase === 'upcoming' || phase === 'inProgress' || (phase === 'cancelled' && new Date(m.startsAt).getTime() > now.getTime());
    })
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.id - b.id);
  const withMinutes = meetings.filter((m) => m.minutesState === 'published').sort((a, b) => b.startsAt.localeCompare(a.startsAt) || b.id - a.id);
  return { upcoming, withMinutes };
}

/** The staff's list: running, then to come (soonest first), then ended (latest first); cancelled ones last. */
export function sortStaffMeetings(meetings: readonly MeetingSummary[], now: Date): MeetingSummary[] {
  const rank: Record<MeetingPhase, number> = { inProgress: 0, upcoming: 1, ended: 2, cancelled: 3 };
  return [...meetings].sort((a, b) => {
    const pa = phaseNow(a, now);
    const pb = phaseNow(b, now);
    if (pa !== pb) return rank[pa] - rank[pb];
    const byStart = a.startsAt.localeCompare(b.startsAt) || a.id - b.id;
    return pa === 'ended' || pa === 'cancelled' ? -byStart : byStart;
  });
}

/** What staff still have to do about an ended meeting's minutes, in words (null when nothing). */
export function minutesTodo(m: Pick<MeetingSummary, 'minutesState' | 'status' | 'startsAt' | 'endsAt'>, now: Date): string | null {
  const phase = phaseNow(m, now);
  if (phase !== 'ended' || m.minutesState === 'published') return null;
  return m.minutesState === 'draft' ? '纪要草稿待发布' : '待记录会议纪要';
}

/** A decision as the resident reads it: its words, 通过 / 未通过 (or nothing), its appeals by code, hers to open. */
export interface DecisionLine {
  id: number;
  text: string;
  outcome: string | null;
  tone: 'ok' | 'danger' | 'plain';
  appeals: { id: number; code: string; mine: boolean }[];
}

export function decisionLines(decisions: readonly MeetingDecisionInfo[], myAppealIds: ReadonlySet<number>): DecisionLine[] {
  return decisions.map((d) => ({
    id: d.id,
    text: d.text,
    outcome: decisionOutcomeLabel(d.adopted),
    tone: d.adopted === null ? 'plain' : d.adopted ? 'ok' : 'danger',
    appeals: d.appeals.map((a) => ({ id: a.id, code: a.code, mine: myAppealIds.has(a.id) })),
  }));
}

/** The appeals the decisions answer, each once. */
export function linkedAppealCount(decisions: readonly { appealIds: readonly number[] }[]): number {
  return new Set(decisions.flatMap((d) => d.appealIds)).size;
}
