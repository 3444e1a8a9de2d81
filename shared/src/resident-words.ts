import type { AppealStatus } from './enums';

/**
 * Where an appeal stands, as residents used to 12345 and 随手拍 say it: 待受理, 办理中, 待评价 (with a
 * button), 已办结. Staff keep the workflow's words (STATUS_LABELS); a resident sees these.
 */
export type ResidentStatusKey =
  'awaitingAcceptance' | 'inProgress' | 'reopened' | 'handled' | 'toRate' | 'fedBack' | 'underReview' | 'done' | 'withdrawn' | 'rejected';

export type ResidentTone = 'plain' | 'ok' | 'warning' | 'danger';

export interface ResidentStatusWords {
  label: string;
  tone: ResidentTone;
  /** What she can do about it from the list, e.g. rate the result. */
  action?: { kind: 'rate'; label: string };
  /** The time left to the deadline still matters to her (nobody has answered yet). */
  countdown: boolean;
}

/** The one table of the words a resident sees for her appeal's state. */
export const RESIDENT_STATUS_WORDS: Record<ResidentStatusKey, ResidentStatusWords> = {
  awaitingAcceptance: { label: '待受理', tone: 'plain', countdown: true },
  inProgress: { label: '办理中', tone: 'plain', countdown: true },
  reopened: { label: '重新办理中', tone: 'warning', countdown: true },
  // Staff marked it done; the result is still to be told to her (the deadline may still run).
  handled: { label: '已处理，待反馈', tone: 'plain', countdown: true },
  toRate: { label: '待评价', tone: 'warning', action: { kind: 'rate', label: '去评价' }, countdown: false },
  // A neighbour's appeal she joined ("me too"): the reporter rates it, not she.
  fedBack: { label: '已反馈结果', tone: 'ok', countdown: false },
  underReview: { label: '书记复核中', tone: 'warning', countdown: false },
  done: { label: '已办结', tone: 'ok', countdown: false },
  withdrawn: { label: '已撤回', tone: 'plain', countdown: false },
  rejected: { label: '不予受理', tone: 'plain', countdown: false },
};

/** What the words are decided from: an appeal summary as she sees it. */
export interface ResidentStatusInput {
  status: AppealStatus;
  /** Sent back by an unsatisfied rating at least once. */
  reopenCount?: number;
  /** Rated unsatisfied again: the community secretary reviews it. */
  awaitingSecretaryReview?: boolean;
  /** She filed it herself, so she rates it (a neighbour who said "me too" does not). */
  filedByViewer: boolean;
}

export function residentStatusKey(a: ResidentStatusInput): ResidentStatusKey {
  switch (a.status) {
    case 'received':
      return 'awaitingAcceptance';
    case 'inProgress':
      return (a.reopenCount ?? 0) > 0 ? 'reopened' : 'inProgress';
    case 'resolved':
      return 'handled';
    case 'fedBack':
      if (a.awaitingSecretaryReview) return 'underReview';
      return a.filedByViewer ? 'toRate' : 'fedBack';
    case 'closed':
      return 'done';
    case 'withdrawn':
      return 'withdrawn';
    case 'rejected':
      return 'rejected';
  }
}

/** The words, tone and action for her appeal, from the one table. */
export function residentStatus(a: ResidentStatusInput): ResidentStatusWords & { key: ResidentStatusKey } {
  const key = residentStatusKey(a);
  return { key, ...RESIDENT_STATUS_WORDS[key] };
}
