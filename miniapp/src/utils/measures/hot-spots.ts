import type { HotSpot } from '@lingjuli/shared';

/** A hot spot's key: one building and one category (at most one open visit task each). */
export const hotSpotKey = (h: Pick<HotSpot, 'buildingId' | 'category'>) => `${h.buildingId}:${h.category}`;

/** What 「派民情专员走访」 answered: 201 a task was opened now, 200 one was already waiting for a visit. */
export function visitOutcome(status: number): { label: string; created: boolean } {
  return status === 201 ? { label: '已派', created: true } : { label: '已有待走访任务', created: false };
}
