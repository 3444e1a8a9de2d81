import { FINAL_STATUSES, STATUS_LABELS, formatShanghaiDateTime, type AppealStatus } from '@lingjuli/shared';

export type DeadlineState = 'closed' | 'met' | 'ok' | 'warning' | 'overdue';

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

/**
 * The countdown to an appeal's deadline in words. Breached only when now is strictly after due
 * (as on the server); the warning state starts at the warning time (80 % of the window).
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
  return { state: warning ? 'warning' : 'ok', text: `还剩${durationWords(left)}`, due: dueText };
}
