import type { AppealSummary } from '@lingjuli/shared';
import { useEffect, useRef, useState } from 'react';
import { api } from '@/services/api';
import { mapLimit } from '@/utils/street/map-limit';
import { rowsToRead, withReadOrders, type OrdersById } from '@/utils/street/order-reads';

/**
 * The dispatch order of each listed appeal, by appeal id: the list carries none, so each detail is
 * read, a few at a time — only for rows not read yet (a further page's rows; all of them after a
 * reload). An appeal whose detail failed is left out; the latest read of an appeal wins.
 */
export function useDispatchOrders(appeals: readonly AppealSummary[] | undefined): OrdersById {
  const [orders, setOrders] = useState<OrdersById>({});
  // The row each appeal's detail was last asked for.
  const readFor = useRef(new Map<number, AppealSummary>());

  useEffect(() => {
    const items = rowsToRead(appeals ?? [], readFor.current);
    if (items.length === 0) return;
    for (const a of items) readFor.current.set(a.id, a);
    void mapLimit(items, 4, (a) => api.appeals.get(a.id)).then((details) => {
      setOrders((known) => withReadOrders(known, items, details, readFor.current));
    });
  }, [appeals]);

  return orders;
}
