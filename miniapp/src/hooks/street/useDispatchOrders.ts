import type { AppealSummary, DispatchOrderInfo } from '@lingjuli/shared';
import { useEffect, useRef, useState } from 'react';
import { api } from '@/services/api';
import { mapLimit } from '@/utils/street/map-limit';

/**
 * The dispatch order of each listed appeal, by appeal id: the list carries none, so each detail is
 * read, a few at a time. An appeal whose detail failed is left out; a newer list's answer wins.
 */
export function useDispatchOrders(appeals: readonly AppealSummary[] | undefined): Record<number, DispatchOrderInfo | null> {
  const [orders, setOrders] = useState<Record<number, DispatchOrderInfo | null>>({});
  const generation = useRef(0);

  useEffect(() => {
    const items = appeals ?? [];
    const mine = ++generation.current;
    void mapLimit(items, 4, (a) => api.appeals.get(a.id)).then((details) => {
      if (mine !== generation.current) return;
      const next: Record<number, DispatchOrderInfo | null> = {};
      details.forEach((d, i) => {
        if (d) next[items[i].id] = d.dispatchOrder;
      });
      setOrders(next);
    });
  }, [appeals]);

  return orders;
}
