import {
  MANAGEMENT_ITEM_KINDS,
  MANAGEMENT_ITEM_KIND_LABELS,
  type ManagementItem,
  type ManagementItemKind,
  type UpdateManagementListRequest,
} from '@lingjuli/shared';
import { checked, collect, optionalText, requiredTitle, type Checked } from '@/utils/powers/check';

/** One row while the street admin edits the list; `key` keeps a row's inputs while rows move. */
export interface EditRow extends ManagementItem {
  key: number;
}

let nextKey = 1;
const key = () => nextKey++;

export function toEditRows(items: readonly ManagementItem[]): EditRow[] {
  return items.map((i) => ({ key: key(), kind: i.kind, title: i.title, description: i.description }));
}

export interface ItemGroup<T> {
  kind: ManagementItemKind;
  label: string;
  /** The rows, each with its index in the whole list. */
  rows: { row: T; index: number }[];
}

/** Items by kind (管理权限, then 可统筹资源), each keeping its place in the list. */
export function groupByKind<T extends { kind: ManagementItemKind }>(items: readonly T[]): ItemGroup<T>[] {
  return MANAGEMENT_ITEM_KINDS.map((kind) => ({
    kind,
    label: MANAGEMENT_ITEM_KIND_LABELS[kind],
    rows: items.map((row, index) => ({ row, index })).filter((r) => r.row.kind === kind),
  }));
}

/** A new empty row at the end of its kind's group. */
export function addRow(rows: readonly EditRow[], kind: ManagementItemKind): EditRow[] {
  return [...rows, { key: key(), kind, title: '', description: '' }];
}

export function removeRow(rows: readonly EditRow[], index: number): EditRow[] {
  return rows.filter((_, i) => i !== index);
}

export function updateRow(rows: readonly EditRow[], index: number, change: Partial<ManagementItem>): EditRow[] {
  return rows.map((r, i) => (i === index ? { ...r, ...change } : r));
}

/** Moves a row up or down among the rows of its own kind (the order the community reads them in). */
export function moveRow(rows: readonly EditRow[], index: number, direction: -1 | 1): EditRow[] {
  const kind = rows[index]?.kind;
  if (!kind) return [...rows];
  let other = index + direction;
  while (other >= 0 && other < rows.length && rows[other].kind !== kind) other += direction;
  if (other < 0 || other >= rows.length) return [...rows];
  const next = [...rows];
  [next[index], next[other]] = [next[other], next[index]];
  return next;
}

/** Whether a row can move that way within its kind. */
export function canMove(rows: readonly EditRow[], index: number, direction: -1 | 1): boolean {
  return moveRow(rows, index, direction).some((r, i) => r !== rows[i]);
}

/** The most items one community's list may hold (the server's limit). */
export const MAX_MANAGEMENT_ITEMS = 50;

/** The list to save, in the order shown (grouped by kind); each title is required. Errors are keyed `items.<i>.title`. */
export function managementBody(rows: readonly EditRow[]): Checked<UpdateManagementListRequest> {
  const ordered = groupByKind(rows).flatMap((g) => g.rows);
  const checks: Record<string, string | undefined> = {
    items: rows.length > MAX_MANAGEMENT_ITEMS ? `清单最多${MAX_MANAGEMENT_ITEMS}项` : undefined,
  };
  for (const { row, index } of ordered) {
    checks[`items.${index}.title`] = requiredTitle(row.title, '名称');
    checks[`items.${index}.description`] = optionalText(row.description, '说明');
  }
  return checked(collect(checks), () => ({
    items: ordered.map(({ row }) => ({ kind: row.kind, title: row.title.trim(), description: row.description.trim() })),
  }));
}
