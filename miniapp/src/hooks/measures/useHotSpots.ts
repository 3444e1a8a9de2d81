import type { HotSpot } from '@lingjuli/shared';
import { useCallback, useState } from 'react';
import { usePageRefresh } from '@/hooks/usePageRefresh';
import { useQuery } from '@/hooks/useQuery';
import { api } from '@/services/api';
import { asApiError } from '@/services/http';
import { hotSpotKey, visitOutcome } from '@/utils/measures/hot-spots';

/** Where one hot spot's 「派民情专员走访」 stands. */
export type VisitState = { busy: true } | { busy: false; label: string; created: boolean } | { busy: false; error: string };

/**
 * 重复诉求: the hot spots in the caller's scope, the categories that grew this month (每月一题
 * candidates), and sending a liaison to a hot spot (a visit task: 已派, or 已有待走访任务).
 */
export function useHotSpots(enabled: boolean, month: string) {
  const hotSpots = useQuery(() => (enabled ? api.measures.hotSpots() : Promise.resolve([] as HotSpot[])), [enabled]);
  const growing = useQuery(() => (enabled ? api.measures.growingCategories(month) : Promise.resolve([])), [enabled, month]);
  usePageRefresh(async () => {
    await Promise.all([hotSpots.reload(), growing.reload()]);
  });
  const [visits, setVisits] = useState<Record<string, VisitState>>({});

  const sendLiaison = useCallback(async (h: HotSpot) => {
    const key = hotSpotKey(h);
    setVisits((v) => ({ ...v, [key]: { busy: true } }));
    try {
      const { status } = await api.visitTasks.open({ buildingId: h.buildingId, category: h.category });
      setVisits((v) => ({ ...v, [key]: { busy: false, ...visitOutcome(status) } }));
    } catch (e) {
      setVisits((v) => ({ ...v, [key]: { busy: false, error: asApiError(e, '派单失败，请稍后重试').message } }));
    }
  }, []);

  return { hotSpots, growing, visits, sendLiaison };
}
