import { formatShanghaiDateTime, type ResidentHousehold, type ResidentHouseholdQuery } from '@lingjuli/shared';

/**
 * The households residents stated, as the community's staff check them (住址核实): those still to
 * verify first, how many people stated the same flat, and what a reset means for her.
 */
export type HouseholdFilter = 'unverified' | 'verified' | 'all';

export const HOUSEHOLD_FILTERS: readonly { key: HouseholdFilter; label: string }[] = [
  { key: 'unverified', label: '待核实' },
  { key: 'verified', label: '已核实' },
  { key: 'all', label: '全部' },
];

export function householdQuery(filter: HouseholdFilter): ResidentHouseholdQuery {
  return filter === 'all' ? {} : { verified: filter === 'verified' };
}

/** 已核实 3月2日 10:30 / 3月1日 09:12 登记，待核实. */
export function householdStateLine(h: Pick<ResidentHousehold, 'statedAt' | 'verifiedAt'>): string {
  if (h.verifiedAt) return `已核实 · ${formatShanghaiDateTime(new Date(h.verifiedAt))}`;
  return `${formatShanghaiDateTime(new Date(h.statedAt))} 登记 · 待核实`;
}

/** How many others stated the same flat (a family; or someone who typed the wrong room): empty when she is alone. */
export function sharedLine(h: Pick<ResidentHousehold, 'sharedWith'>): string {
  return h.sharedWith > 0 ? `同一住址还有${h.sharedWith}人登记（共${h.sharedWith + 1}人）` : '';
}

/** Those whose name or household holds what was typed (all of them for nothing typed). */
export function filterHouseholds<T extends Pick<ResidentHousehold, 'displayName' | 'label'>>(rows: readonly T[], query: string): T[] {
  const q = query.trim().replace(/\s+/g, '');
  if (!q) return [...rows];
  return rows.filter((h) => `${h.displayName}${h.label}`.replace(/\s+/g, '').includes(q));
}

/** Unverified first (oldest statement first: she has waited longest), then the verified by their flat. */
export function sortHouseholds<T extends Pick<ResidentHousehold, 'verifiedAt' | 'statedAt' | 'label' | 'userId'>>(rows: readonly T[]): T[] {
  return [...rows].sort(
    (a, b) =>
      Number(a.verifiedAt !== null) - Number(b.verifiedAt !== null) ||
      (a.verifiedAt === null ? a.statedAt.localeCompare(b.statedAt) : a.label.localeCompare(b.label, 'zh-CN', { numeric: true })) ||
      a.userId - b.userId,
  );
}

/** What the reset's confirm says: her statement goes, and she states her household again herself. */
export function resetWarning(h: Pick<ResidentHousehold, 'displayName' | 'label'>): string {
  return `将删除${h.displayName}登记的住址“${h.label}”。她需要在“社区议事厅”重新登记住址，登记后如需参与限已核实住户的征求意见，还要再核实。已经提交的意见不受影响。适用于搬家或登记错了房间。`;
}

/** 待核实 12 户 (the unverified among the rows). */
export function unverifiedCount(rows: readonly Pick<ResidentHousehold, 'verifiedAt'>[]): number {
  return rows.filter((h) => h.verifiedAt === null).length;
}
