import { useMemo } from 'react';
import { useQuery } from '@/hooks/useQuery';
import { api } from '@/services/api';
import { sortOrdersOldestFirst, type OrderRow } from '@/utils/street/orders';
import { usePageRefresh } from '@/hooks/usePageRefresh';
import { useDispatchOrders } from '@/hooks/street/useDispatchOrders';

/**
 * Dispatch orders (批办单) waiting for the command centre, oldest first. The list carries no order, so
 * each appeal's detail is read (a few at a time) for the escalation reason; rows show without it until then.
 */
export function usePendingOrders(enabled: boolean) {
  const list = useQuery(() => (enabled ? api.appeals.pendingDispatchOrders() : Promise.resolve([])), [enabled]);
  const orders = useDispatchOrders(list.data);

  usePageRefresh(list.reload);

  const rows: OrderRow[] = useMemo(() => sortOrdersOldestFirst((list.data ?? []).map((appeal) => ({ appeal, order: orders[appeal.id] }))), [list.data, orders]);
  return { rows, loading: list.loading && !list.data, error: list.error, reload: list.reload };
}
