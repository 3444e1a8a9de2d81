import { FINAL_STATUSES, type AppealListQuery, type AppealPage, type AppealSummary, type Role } from '@lingjuli/shared';
import { ApiError } from '@/services/http';
import { describeDeadline, type DeadlineState, type DeadlineView } from '@/utils/countdown';

/** The queue's filter chips. */
export type QueueFilter = 'all' | 'overdue' | 'supervised';

export const QUEUE_FILTERS: readonly { key: QueueFilter; label: string }[] = [
  { key: 'all', label: '全部' },
  { key: 'overdue', label: '已超时' },
  { key: 'supervised', label: '督办' },
];

/** Rows a page of the queue holds: a phone shows about ten; "加载更多" reads the next page. */
export const QUEUE_PAGE_SIZE = 20;

/** How often an open queue asks whether it changed: an emergency's 30 minutes should not lose more. */
export const QUEUE_POLL_MS = 5_000;

/** An emergency still to be resolved: shown red whatever its share of the window, and counted in the title. */
export function isPressingEmergency(appeal: Pick<AppealSummary, 'tier' | 'status' | 'respondedAt'>): boolean {
  return appeal.tier === 'emergency' && !appeal.respondedAt && !FINAL_STATUSES.includes(appeal.status);
}

/** The page's title: the count of emergencies still to be resolved in front, as a browser tab shows it. */
export function queueTitle(pressing: number): string {
  return pressing > 0 ? `(${pressing}) 紧急诉求 · 社区诉求` : '社区诉求';
}

/**
 * The list request for a filter: open appeals, soonest due first; further pages after the last one's
 * cursor. A smaller `pageSize` asks mostly for the server's count of the filter.
 */
export function queueQuery(filter: QueueFilter, cursor?: string, pageSize = QUEUE_PAGE_SIZE): AppealListQuery {
  const base: AppealListQuery = { open: true, sort: 'due', pageSize, ...(cursor ? { cursor } : {}) };
  if (filter === 'overdue') return { ...base, overdue: true };
  if (filter === 'supervised') return { ...base, supervised: true };
  return base;
}

/** Whether an appeal belongs under a filter, judged on this side (used when the server cannot filter). */
export function matchesFilter(appeal: AppealSummary, filter: QueueFilter, now: Date): boolean {
  if (filter === 'overdue') return describeDeadline(appeal, now).state === 'overdue';
  if (filter === 'supervised') return appeal.supervised;
  return true;
}

/**
 * The server refused a query parameter it does not know yet (400 naming that field): the caller
 * may ask without it and filter the rows itself.
 */
export function isUnsupportedQuery(error: unknown, param: string): boolean {
  return error instanceof ApiError && error.status === 400 && error.details.some((d) => d.field === param);
}

const URGENCY: Record<DeadlineState, number> = { overdue: 0, warning: 1, half: 2, ok: 2, met: 3, closed: 4 };

/**
 * The most urgent first: emergencies still to be resolved, then overdue, then warning, then running,
 * then those whose deadline is already met; within each group the server's order (soonest due first)
 * stands, supervised ones first.
 */
export function orderByUrgency<T extends AppealSummary>(items: readonly T[], now: Date): T[] {
  return items
    .map((item, index) => ({ item, index, rank: isPressingEmergency(item) ? -1 : URGENCY[describeDeadline(item, now).state] }))
    .sort((a, b) => a.rank - b.rank || Number(b.item.supervised) - Number(a.item.supervised) || a.index - b.index)
    .map((x) => x.item);
}

export interface QueueCounts {
  total: number;
  /** The server stopped counting at `total`: there are more (shown as "1000+"). */
  totalIsLowerBound?: boolean;
  overdue: number;
  overdueIsLowerBound?: boolean;
  warning: number;
  supervised: number;
  supervisedIsLowerBound?: boolean;
  awaitingReview: number;
  unassigned: number;
  /** `warning`, `awaitingReview` and `unassigned` were counted on the rows read, and there are more: at least that many. */
  partial?: boolean;
}

/** A list's count as the server gave it. */
export type Counted = Pick<AppealPage, 'total' | 'totalIsLowerBound'>;

/**
 * The queue's counts: open, overdue and supervised are the server's counts of those lists; the rest
 * are counted on the first page of the queue (the soonest due), so while it has further pages they
 * are "at least" counts.
 */
export function queueCounts(first: AppealPage, overdue: Counted, supervised: Counted, now: Date): QueueCounts {
  return {
    ...countQueue(first.items, now),
    total: first.total,
    totalIsLowerBound: first.totalIsLowerBound,
    overdue: overdue.total,
    overdueIsLowerBound: overdue.totalIsLowerBound,
    supervised: supervised.total,
    supervisedIsLowerBound: supervised.totalIsLowerBound,
    partial: first.nextCursor !== null,
  };
}

export function countQueue(items: readonly AppealSummary[], now: Date): QueueCounts {
  const counts: QueueCounts = { total: items.length, overdue: 0, warning: 0, supervised: 0, awaitingReview: 0, unassigned: 0 };
  for (const item of items) {
    const state = describeDeadline(item, now).state;
    if (state === 'overdue') counts.overdue++;
    if (state === 'warning') counts.warning++;
    if (item.supervised) counts.supervised++;
    if (item.awaitingSecretaryReview) counts.awaitingReview++;
    if (!item.handler) counts.unassigned++;
  }
  return counts;
}

/** Secretaries answer for supervision (督办) and reviews: they see those flags up front. */
export function isSecretary(role: Role): boolean {
  return role === 'communitySecretary' || role === 'gridSecretary';
}

/** Several communities in view (a grid secretary): each row names its community. */
export function showsCommunity(role: Role): boolean {
  return role === 'gridSecretary';
}

export interface QueueRowView {
  deadline: DeadlineView;
  /** `queue-item--warning` / `--overdue`, etc. */
  className: string;
  flags: { text: string; tone: 'danger' | 'warning' | 'plain' | 'ok' }[];
}

/** What one row shows besides the appeal's own fields: its deadline in words, colour and flags. */
export function queueRow(appeal: AppealSummary, now: Date): QueueRowView {
  const deadline = describeDeadline(appeal, now);
  const flags: QueueRowView['flags'] = [];
  if (appeal.supervised) flags.push({ text: '督办', tone: 'danger' });
  if (appeal.awaitingSecretaryReview) flags.push({ text: '待书记复核', tone: 'warning' });
  if (appeal.level !== 'community') flags.push({ text: appeal.level === 'street' ? '已上报街道' : '专班办理', tone: 'plain' });
  if (appeal.reopenCount > 0) flags.push({ text: `重办${appeal.reopenCount}次`, tone: 'warning' });
  if (appeal.proactive) flags.push({ text: '未诉即办', tone: 'ok' });
  return { deadline, className: `queue-item queue-item--${deadline.state}`, flags };
}
