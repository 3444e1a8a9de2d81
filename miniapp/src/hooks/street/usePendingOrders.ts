import { useMemo } from 'react';
import { pagingOf, usePagedList } from '@/hooks/usePagedList';
import { api } from '@/services/api';
import { sortOrdersOldestFirst, type OrderRow } from '@/utils/street/orders';
import { useChangesPolling } from '@/hooks/useChangesPolling';
import { usePageRefresh } from '@/hooks/usePageRefresh';
import { useDispatchOrders } from '@/hooks/street/useDispatchOrders';

const NO_ORDERS = { items: [], nextCursor: null };

/**
 * Dispatch orders (批办单) waiting for the command centre, oldest first, a page (50) at a time after
 * the cursor the server sends. The list carries no order, so each appeal's detail is read (a few at a
 * time, only for rows not read yet) for the escalation reason; rows show without it until then.
 */
export function usePendingOrders(enabled: boolean) {
  const list = usePagedList((cursor) => (enabled ? api.appeals.pendingDispatchOrders(cursor ? { cursor } : {}) : Promise.resolve(NO_ORDERS)), [enabled]);
  const orders = useDispatchOrders(list.rows);

  usePageRefresh(list.reload);
  // An order sent up meanwhile appears without a reload.
  useChangesPolling((etag) => api.appeals.pendingDispatchOrdersIfChanged({}, etag), list.reload, enabled);

  const rows: OrderRow[] = useMemo(() => sortOrdersOldestFirst(list.rows.map((appeal) => ({ appeal, order: orders[appeal.id] }))), [list.rows, orders]);
  return {
    rows,
    ...pagingOf(list),
  };
}
