import {
  DEFAULT_TIER_POLICY,
  WHISTLE_REPORT_IN_MINUTES,
  WHISTLE_REPORT_IN_MS,
  WHISTLE_STATUS_LABELS,
  WHISTLE_MOVES,
  WHISTLE_TARGET_STATUS_LABELS,
  formatShanghaiDateTime,
  type CloseWhistleRequest,
  type CompleteWhistleRequest,
  type CreateWhistleRequest,
  type ReportInRequest,
  type Satisfaction,
  type Tier,
  type WhistleAction,
  type WhistleEventInfo,
  type WhistleProgressRequest,
  type WhistleSummary,
  type WhistleTargetInfo,
} from '@lingjuli/shared';
import { durationWords, type DeadlineView } from '@/utils/countdown';
import { checked, collect, optionalText, requiredText, requiredTitle, type Checked } from '@/utils/powers/check';

const MINUTE = 60_000;

type WhistleTimes = Pick<WhistleSummary, 'status' | 'createdAt' | 'reportInDueAt'>;
type TargetTimes = Pick<WhistleTargetInfo, 'status' | 'reportedInAt' | 'reportInMissed'>;

function countdown(whistle: WhistleTimes, now: Date, what: string): DeadlineView {
  const due = new Date(whistle.reportInDueAt);
  const dueText = formatShanghaiDateTime(due);
  const left = due.getTime() - now.getTime();
  if (left < 0) return { state: 'overdue', text: `${what}已超时${durationWords(-left)}`, due: dueText };
  const created = new Date(whistle.createdAt).getTime();
  // The warning starts at the same fraction of the window as for an appeal's deadline (80 %).
  const warnAt = created + DEFAULT_TIER_POLICY.warningFraction * (due.getTime() - created);
  return { state: now.getTime() >= warnAt ? 'warning' : 'ok', text: `${what}还剩${durationWords(left)}`, due: dueText };
}

/**
 * One department's report-in deadline in words (报到还剩2小时 / 报到已超时3小时 / 已按时报到), like an
 * appeal's countdown: overdue only when now is strictly after the due time, a warning from 80 %.
 */
export function describeReportIn(whistle: WhistleTimes, target: TargetTimes, now: Date): DeadlineView {
  const due = formatShanghaiDateTime(new Date(whistle.reportInDueAt));
  if (target.status !== 'whistled') {
    const late = target.reportInMissed || (target.reportedInAt !== null && new Date(target.reportedInAt) > new Date(whistle.reportInDueAt));
    const text = target.status === 'completed' ? (late ? '已办结（报到超时）' : '已办结') : late ? '已报到（超时）' : '已按时报到';
    return { state: 'met', text, due };
  }
  if (whistle.status !== 'open') return { state: 'closed', text: `${WHISTLE_STATUS_LABELS[whistle.status]}（未报到）`, due };
  return countdown(whistle, now, '报到');
}

/** The whole whistle's report-in state, as its community sees it: how long is left while any department has yet to report in. */
export function describeWhistle(whistle: WhistleTimes & { targets: readonly TargetTimes[] }, now: Date): DeadlineView {
  const due = formatShanghaiDateTime(new Date(whistle.reportInDueAt));
  if (whistle.status !== 'open') return { state: 'closed', text: WHISTLE_STATUS_LABELS[whistle.status], due };
  const waiting = whistle.targets.filter((t) => t.status === 'whistled').length;
  if (waiting === 0) {
    const done = whistle.targets.every((t) => t.status === 'completed');
    return { state: 'met', text: done ? '均已办结，待社区评价' : '均已报到', due };
  }
  return countdown(whistle, now, '报到');
}

/** The caller's department's part of a whistle, if it was whistled. */
export function myTarget<T extends { departmentId: number }>(whistle: { targets: readonly T[] }, departmentId: number | null): T | null {
  if (departmentId === null) return null;
  return whistle.targets.find((t) => t.departmentId === departmentId) ?? null;
}

const newestFirst = (a: WhistleSummary, b: WhistleSummary) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id;

/** A community's whistles: the newest first. */
export function sortNewestFirst(items: readonly WhistleSummary[]): WhistleSummary[] {
  return [...items].sort(newestFirst);
}

/**
 * A department's whistles: those still waiting for it to report in first (soonest due first), then
 * those it is working on, then completed ones, then closed whistles; the newest first within each.
 */
export function sortForDepartment(items: readonly WhistleSummary[], departmentId: number | null): WhistleSummary[] {
  const rank = (w: WhistleSummary) => {
    if (w.status !== 'open') return 3;
    const t = myTarget(w, departmentId);
    if (!t) return 2;
    return t.status === 'whistled' ? 0 : t.status === 'reportedIn' ? 1 : 2;
  };
  return [...items].sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    if (ra !== rb) return ra - rb;
    if (ra === 0) return a.reportInDueAt.localeCompare(b.reportInDueAt) || a.id - b.id;
    return newestFirst(a, b);
  });
}

export interface TargetBadge {
  text: string;
  tone: 'plain' | 'warning' | 'danger' | 'ok';
}

/** A department's status on a whistle, with the missed report-in flag in red. */
export function targetBadge(target: Pick<WhistleTargetInfo, 'status' | 'reportInMissed'>): TargetBadge {
  if (target.status === 'whistled')
    return target.reportInMissed ? { text: '超时未报到', tone: 'danger' } : { text: WHISTLE_TARGET_STATUS_LABELS.whistled, tone: 'warning' };
  if (target.status === 'reportedIn') return { text: WHISTLE_TARGET_STATUS_LABELS.reportedIn, tone: 'plain' };
  return { text: WHISTLE_TARGET_STATUS_LABELS.completed, tone: 'ok' };
}

export const WHISTLE_EVENT_LABELS: Record<WhistleEventInfo['type'], string> = {
  whistle: '社区吹哨',
  reportIn: '报到',
  progress: '进展',
  complete: '办结',
  reportInMissed: '超时未报到（督办）',
  close: '结束并评价',
  cancel: '随诉求撤销',
};

// ---- actions ----

export interface WhistleButton {
  action: WhistleAction;
  id: string;
  label: string;
  kind: 'primary' | 'secondary';
}

const BUTTON_IDS: Record<WhistleAction, string> = {
  reportIn: 'whistle-report-in',
  progress: 'whistle-progress',
  complete: 'whistle-complete',
  close: 'whistle-close',
};
/** The main move first: completing before another progress note. */
const ORDER: readonly WhistleAction[] = ['reportIn', 'complete', 'progress', 'close'];

/** Buttons for what the server offers (`detail.actions`, by the shared move table, whose words they use), the first one the main one. */
export function whistleButtons(actions: readonly WhistleAction[]): WhistleButton[] {
  return ORDER.filter((a) => actions.includes(a)).map((a, i) => ({
    action: a,
    id: BUTTON_IDS[a],
    label: WHISTLE_MOVES[a].label,
    kind: i === 0 ? 'primary' : 'secondary',
  }));
}

/** What to say when the server offers the caller nothing to do on a whistle. */
export function idleMessage(whistle: Pick<WhistleSummary, 'status' | 'targets'>, mine: Pick<WhistleTargetInfo, 'status'> | null, canClose: boolean): string {
  if (whistle.status === 'closed') return '此吹哨已结束。';
  if (whistle.status === 'cancelled') return '诉求已结束，此吹哨已撤销。';
  if (mine?.status === 'completed') return '本单位已办结，等待社区结束并评价。';
  if (canClose) return '等待各单位报到、办理；全部办结（或超时未报到）后可结束并评价。';
  return '当前没有需要您办理的操作。';
}

// ---- the report-in deadline ----

/** The default report-in time of a tier, in words (e.g. 24小时). */
export function defaultReportInWords(tier: Tier): string {
  return durationWords(WHISTLE_REPORT_IN_MS[tier]);
}

/** Report-in times a whistle may set instead of its tier's default, within the server's bounds. */
export const REPORT_IN_CHOICES: readonly number[] = [30, 60, 120, 240, 480, 1440, 2880, 4320, 10080].filter(
  (m) => m >= WHISTLE_REPORT_IN_MINUTES.min && m <= WHISTLE_REPORT_IN_MINUTES.max,
);

export const minutesWords = (minutes: number) => durationWords(minutes * MINUTE);

// ---- request bodies ----

/** The server takes at most this many departments on one whistle. */
export const MAX_WHISTLED = 10;
/** A rating's comment, at most (the server's limit). */
export const MAX_RATING_COMMENT = 500;

export interface WhistleDraft {
  appealId?: number;
  subject: string;
  description: string;
  tier: Tier;
  departmentIds: number[];
  /** Its own report-in time, or null for the tier's default. */
  reportInMinutes: number | null;
}

export function whistleBody(draft: WhistleDraft): Checked<CreateWhistleRequest> {
  const m = draft.reportInMinutes;
  return checked(
    collect({
      departmentIds: !draft.departmentIds.length
        ? '请选择要吹哨的单位（可多选）'
        : draft.departmentIds.length > MAX_WHISTLED
          ? `一次最多向${MAX_WHISTLED}个单位吹哨`
          : undefined,
      subject: requiredTitle(draft.subject, '事由'),
      description: requiredText(draft.description, '情况说明'),
      reportInMinutes:
        m === null || (Number.isInteger(m) && m >= WHISTLE_REPORT_IN_MINUTES.min && m <= WHISTLE_REPORT_IN_MINUTES.max)
          ? undefined
          : `报到时限须在${minutesWords(WHISTLE_REPORT_IN_MINUTES.min)}到${minutesWords(WHISTLE_REPORT_IN_MINUTES.max)}之间`,
    }),
    () => ({
      ...(draft.appealId ? { appealId: draft.appealId } : {}),
      subject: draft.subject.trim(),
      description: draft.description.trim(),
      tier: draft.tier,
      departmentIds: [...draft.departmentIds],
      ...(m !== null ? { reportInMinutes: m } : {}),
    }),
  );
}

export function reportInBody(note: string): Checked<ReportInRequest> {
  return checked(collect({ note: optionalText(note, '报到说明') }), () => (note.trim() ? { note: note.trim() } : {}));
}

export function progressBody(content: string): Checked<WhistleProgressRequest> {
  return checked(collect({ content: requiredText(content, '进展情况') }), () => ({ content: content.trim() }));
}

export function completeBody(note: string): Checked<CompleteWhistleRequest> {
  return checked(collect({ note: requiredText(note, '办结情况') }), () => ({ note: note.trim() }));
}

/** The close: one rating per whistled department (满意 / 基本满意 / 不满意), a comment optional. */
export function closeBody(
  targets: readonly Pick<WhistleTargetInfo, 'departmentId' | 'departmentName'>[],
  ratings: Partial<Record<number, Satisfaction>>,
  comments: Partial<Record<number, string>>,
): Checked<CloseWhistleRequest> {
  const checks: Record<string, string | undefined> = {};
  for (const t of targets) {
    checks[`rating-${t.departmentId}`] = ratings[t.departmentId] ? undefined : `请评价${t.departmentName}的响应`;
    checks[`comment-${t.departmentId}`] =
      (comments[t.departmentId] ?? '').trim().length > MAX_RATING_COMMENT ? `评价意见不能超过${MAX_RATING_COMMENT}个字` : undefined;
  }
  return checked(collect(checks), () => ({
    ratings: targets.map((t) => {
      const comment = (comments[t.departmentId] ?? '').trim();
      return { departmentId: t.departmentId, rating: ratings[t.departmentId] as Satisfaction, ...(comment ? { comment } : {}) };
    }),
  }));
}
