import { DEFAULT_TIER_POLICY, FINAL_STATUSES, STATUS_LABELS, formatShanghaiDateTime, type AppealStatus } from '@lingjuli/shared';

/**
 * Running deadlines by the share of their window left, so that 29 minutes of an emergency's 30 is not
 * the calm green of six days of seven: `ok` more than half left, `half` half or less, `warning` from the
 * warning time (the last 20 %), then `overdue`.
 */
export type DeadlineState = 'closed' | 'met' | 'ok' | 'half' | 'warning' | 'overdue';

export interface DeadlineView {
  state: DeadlineState;
  /** In words, e.g. 还剩2小时15分 / 已超时3天2小时 / 已按时反馈. */
  text: string;
  /** The deadline itself in Beijing time, e.g. 3月2日 10:30. */
  due: string;
}

export interface DeadlineInput {
  status: AppealStatus;
  dueAt: string;
  warnAt: string;
  respondedAt: string | null;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A duration the way people say it: 3天2小时, 2小时15分, 25分钟, 不到1分钟. */
export function durationWords(ms: number): string {
  if (ms < MINUTE) return '不到1分钟';
  const days = Math.floor(ms / DAY);
  const hours = Math.floor((ms % DAY) / HOUR);
  const minutes = Math.floor((ms % HOUR) / MINUTE);
  if (days > 0) return hours > 0 ? `${days}天${hours}小时` : `${days}天`;
  if (hours > 0) return minutes > 0 ? `${hours}小时${minutes}分` : `${hours}小时`;
  return `${minutes}分钟`;
}

/** The share of the deadline's window still left, read off its warning time (the window's `warningFraction`). */
export function shareLeft(appeal: Pick<DeadlineInput, 'dueAt' | 'warnAt'>, now: Date): number {
  const due = new Date(appeal.dueAt).getTime();
  const window = (due - new Date(appeal.warnAt).getTime()) / (1 - DEFAULT_TIER_POLICY.warningFraction);
  return window > 0 ? (due - now.getTime()) / window : 0;
}

/**
 * The countdown to an appeal's deadline in words and colour. Breached only when now is strictly after
 * due (as on the server); the warning state starts at the warning time (80 % of the window).
 */
export function describeDeadline(appeal: DeadlineInput, now: Date): DeadlineView {
  const due = new Date(appeal.dueAt);
  const dueText = formatShanghaiDateTime(due);
  if (FINAL_STATUSES.includes(appeal.status)) return { state: 'closed', text: STATUS_LABELS[appeal.status], due: dueText };
  if (appeal.respondedAt) {
    const late = new Date(appeal.respondedAt).getTime() > due.getTime();
    return { state: 'met', text: late ? '已反馈（超时）' : '已按时反馈', due: dueText };
  }
  const left = due.getTime() - now.getTime();
  if (left < 0) return { state: 'overdue', text: `已超时${durationWords(-left)}`, due: dueText };
  const warning = now.getTime() >= new Date(appeal.warnAt).getTime();
  const state = warning ? 'warning' : shareLeft(appeal, now) <= 0.5 ? 'half' : 'ok';
  return { state, text: `还剩${durationWords(left)}`, due: dueText };
}
