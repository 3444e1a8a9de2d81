import { WAITING_LABELS, type WaitingItem, type WaitingKind } from '@lingjuli/shared';
import { routes } from '@/routes';
import { countLabel } from '@/utils/paging';
import type { QueueFilter } from '@/utils/staff/queue';

/** Where a tap on a waiting item leads: a page, or a filter of the queue she is on. */
export type WaitingTarget = { page: string } | { filter: QueueFilter };

export interface WaitingRow {
  kind: WaitingKind;
  /** e.g. 奖励申请待审批 */
  title: string;
  /** e.g. 2 件, 1000+ 件 */
  count: string;
  /** A further word, e.g. the period the scores are for. */
  detail?: string;
  waiting: boolean;
  target: WaitingTarget;
}

function targetOf(item: WaitingItem): WaitingTarget {
  switch (item.kind) {
    case 'rewardApprovals':
      return { page: routes.rewards() };
    // The soonest due opens directly; the rest wait on the queue.
    case 'secretaryReviews':
      return item.appealId ? { page: routes.staffAppeal(item.appealId) } : { filter: 'all' };
    case 'overdue':
      return { filter: 'overdue' };
    case 'supervised':
      return { filter: 'supervised' };
    case 'departmentScores':
      return { page: routes.evaluation(item.period?.id) };
  }
}

/** Her landing's rows: what waits first (in the server's order), then what does not, each with where to act. */
export function waitingRows(items: readonly WaitingItem[]): WaitingRow[] {
  const rows = items.map((item) => ({
    kind: item.kind,
    title: WAITING_LABELS[item.kind].title,
    count: `${countLabel(item.count, item.countIsLowerBound)} ${WAITING_LABELS[item.kind].unit}`,
    ...(item.period && { detail: item.period.name }),
    waiting: item.count > 0,
    target: targetOf(item),
  }));
  return [...rows.filter((r) => r.waiting), ...rows.filter((r) => !r.waiting)];
}
