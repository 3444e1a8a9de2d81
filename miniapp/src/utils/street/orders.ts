import { ROLE_LABELS, formatShanghaiDateTime, type AppealSummary, type DispatchOrderInfo } from '@lingjuli/shared';

/** Who sent the order up and when, in words: 社区书记 王秀英 11月24日 23:14 上报 / 超时自动上报. */
export function escalationSource(order: DispatchOrderInfo): string {
  const when = formatShanghaiDateTime(new Date(order.requestedAt));
  if (!order.requestedBy) return `${when} 超时自动上报`;
  const role = order.requestedBy.role === 'system' ? '' : `${ROLE_LABELS[order.requestedBy.role]} `;
  return `${role}${order.requestedBy.name} ${when} 上报`;
}

/** True when the system escalated it on a breached deadline, not a person. */
export const escalatedBySystem = (order: DispatchOrderInfo) => order.requestedBy === null;

export interface OrderRow {
  appeal: AppealSummary;
  /** Loaded from the appeal's detail; absent until then (or if that failed). */
  order?: DispatchOrderInfo | null;
}

const time = (iso: string) => new Date(iso).getTime();

/** Oldest order first (by when it was sent up; the appeal's receipt when that is not known yet), ties by appeal id. */
export function sortOrdersOldestFirst<T extends OrderRow>(rows: readonly T[]): T[] {
  const key = (r: T) => time(r.order?.requestedAt ?? r.appeal.receivedAt);
  return [...rows].sort((a, b) => key(a) - key(b) || a.appeal.id - b.appeal.id);
}

/** Soonest deadline first, ties by id (the department queue). */
export function sortByDue<T extends { dueAt: string; id: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => time(a.dueAt) - time(b.dueAt) || a.id - b.id);
}
