/** The whistle list's tabs in the order a visitor is walked through on arrival. */
export const ARRIVAL_ORDER = ['open', 'closed', 'all'] as const;
export type ArrivalFilter = (typeof ARRIVAL_ORDER)[number];

/**
 * On arrival, an empty tab hands over to the next one (进行中 → 已结束 → 全部), so a department whose
 * only whistle is closed does not land on a blank 进行中. Null: stay here (it has rows, or it is the last).
 */
export function nextArrivalFilter(filter: ArrivalFilter, empty: boolean): ArrivalFilter | null {
  if (!empty) return null;
  return ARRIVAL_ORDER[ARRIVAL_ORDER.indexOf(filter) + 1] ?? null;
}
