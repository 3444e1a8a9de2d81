import { CATEGORY_INFO, STATUS_LABELS, TIERS, TIER_LABELS, type AppealSummary, type DispatchOrderInfo, type Tier } from '@lingjuli/shared';
import type { FilterOption, SortValue, TableModel, TableSort } from '@/utils/desk/table';
import type { OrderRow } from '@/utils/street/orders';
import { leadDepartmentName } from '@/utils/street/assignment';

const time = (iso: string) => new Date(iso).getTime();

/**
 * The deadline as the desk sorts it: overdue first (as the server said when the page was read), then
 * the soonest deadline — the server's order of `sort=overdue`, so the default view keeps its pages' order.
 */
export const deadlineKey = (appeal: Pick<AppealSummary, 'overdue' | 'dueAt'>): SortValue => [appeal.overdue ? 0 : 1, time(appeal.dueAt)];

/** The tiers from the most urgent (紧急) to the slowest (复杂疑难). */
const tierRank = (tier: Tier) => TIERS.indexOf(tier);

/** The tier filter's choices, most urgent first. */
export const TIER_OPTIONS: readonly FilterOption[] = TIERS.map((t) => ({ value: t, label: TIER_LABELS[t] }));

/** Where the order came from: the community (who sent it up) or the system, on a breached deadline. */
export function orderSource(order: DispatchOrderInfo): { system: boolean; label: string; by: string | null } {
  if (!order.requestedBy) return { system: true, label: '系统超时上报', by: null };
  return { system: false, label: '社区上报', by: order.requestedBy.name };
}

/** Both tables open sorted by the deadline: overdue first, then soonest due. */
export const DEADLINE_FIRST: TableSort = { key: 'deadline', direction: 'asc' };

const appealSortValues = {
  code: (a: AppealSummary) => a.code,
  community: (a: AppealSummary) => `${a.communityName} ${a.buildingName ?? ''}`,
  category: (a: AppealSummary) => CATEGORY_INFO[a.category].label,
  tier: (a: AppealSummary) => tierRank(a.tier),
  deadline: deadlineKey,
};

/** 待派批办单 at the desk: each column's sort, the community and tier filters, the search (the appeal's words, the reason, the code). */
export const PENDING_ORDERS_TABLE: TableModel<OrderRow> = {
  sortValues: {
    ...Object.fromEntries(Object.entries(appealSortValues).map(([key, value]) => [key, (r: OrderRow) => value(r.appeal)])),
    requestedAt: (r) => (r.order ? time(r.order.requestedAt) : null),
    reason: (r) => r.order?.reason ?? null,
    source: (r) => (r.order ? orderSource(r.order).label : null),
  },
  filterValues: {
    community: (r) => String(r.appeal.communityId),
    tier: (r) => r.appeal.tier,
  },
  searchTexts: (r) => [r.appeal.summary, r.order?.reason, r.appeal.code, r.appeal.communityName, r.appeal.buildingName],
};

/** A row of 街道在办诉求: the appeal and (once its detail is read) its order, for the lead department. */
export interface StreetAppealRow {
  appeal: AppealSummary;
  order?: DispatchOrderInfo | null;
}

/** 街道在办诉求 at the desk (the community filter is the server's: it narrows every page). */
export const STREET_APPEALS_TABLE: TableModel<StreetAppealRow> = {
  sortValues: {
    ...Object.fromEntries(Object.entries(appealSortValues).map(([key, value]) => [key, (r: StreetAppealRow) => value(r.appeal)])),
    status: (r) => STATUS_LABELS[r.appeal.status],
    lead: (r) => (r.order === undefined ? null : (leadDepartmentName(r.order) ?? '')),
  },
  searchTexts: (r) => [r.appeal.summary, r.appeal.code, r.appeal.communityName, r.appeal.buildingName, leadDepartmentName(r.order)],
};
