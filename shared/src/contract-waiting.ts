/** API contract of GET /me/waiting: what waits for the community secretary, counted by the server. */
import type { IsoDateTime } from './contract';

/** What may wait for her, most pressing first: her decisions, then the appeals she answers for, then the scores. */
export const WAITING_KINDS = ['rewardApprovals', 'secretaryReviews', 'overdue', 'supervised', 'departmentScores'] as const;
export type WaitingKind = (typeof WAITING_KINDS)[number];

export interface WaitingItem {
  kind: WaitingKind;
  count: number;
  /** The server stopped counting at `count` (a list's cap): there are more. */
  countIsLowerBound: boolean;
  /** secretaryReviews: the one due soonest, so one tap opens it. */
  appealId?: number;
  /** departmentScores: the period the scores are for (the newest that has begun). */
  period?: { id: number; name: string };
}

export interface WaitingForMe {
  /** Every kind, in WAITING_KINDS order, zero counts included (so "nothing waits" is said, not guessed). */
  items: WaitingItem[];
  serverTime: IsoDateTime;
}

/** How each kind reads on her landing: what it is and its unit. */
export const WAITING_LABELS: Record<WaitingKind, { title: string; unit: string }> = {
  rewardApprovals: { title: '奖励申请待审批', unit: '件' },
  secretaryReviews: { title: '两次不满意待复核', unit: '件' },
  overdue: { title: '超时未反馈的诉求', unit: '件' },
  supervised: { title: '督办诉求', unit: '件' },
  departmentScores: { title: '科室待评分', unit: '个' },
};

/** How many things wait, all kinds together (a lower bound when any count is). */
export function waitingTotal(items: readonly WaitingItem[]): { count: number; isLowerBound: boolean } {
  return { count: items.reduce((n, i) => n + i.count, 0), isLowerBound: items.some((i) => i.countIsLowerBound && i.count > 0) };
}
