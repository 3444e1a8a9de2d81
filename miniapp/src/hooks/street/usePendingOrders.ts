import type { DispatchOrderInfo } from '@lingjuli/shared';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from '@/hooks/useQuery';
import { api } from '@/services/api';
import { mapLimit } from '@/utils/street/map-limit';
import { sortOrdersOldestFirst, type OrderRow } from '@/utils/street/orders';
import { usePageRefresh } from '../usePageRefresh';

/**
 * Dispatch orders (批办单) waiting for the command centre, oldest first. The list carries no order, so
 * each appeal's detail is read (a few at a time) for the escalation reason; rows show without it until then.
 */
export function usePendingOrders(enabled: boolean) {
  const list = useQuery(() => (enabled ? api.appeals.pendingDispatchOrders() : Promise.resolve([])), [enabled]);
  const [orders, setOrders] = useState<Record<number, DispatchOrderInfo | null>>({});
  const generation = useRef(0);

  useEffect(() => {
    const appeals = list.data ?? [];
    const mine = ++generation.current;
    void mapLimit(appeals, 4, (a) => api.appeals.get(a.id)).then((details) => {
      if (mine !== generation.current) return;
      const next: Record<number, DispatchOrderInfo | null> = {};
      details.forEach((d, i) => {
        if (d) next[appeals[i].id] = d.dispatchOrder;
      });
      setOrders(next);
    });
  }, [list.data]);

  usePageRefresh(list.reload);

  const rows: OrderRow[] = useMemo(() => sortOrdersOldestFirst((list.data ?? []).map((appeal) => ({ appeal, order: orders[appeal.id] }))), [list.data, orders]);
  return { rows, loading: list.loading && !list.data, error: list.error, reload: list.reload };
}
