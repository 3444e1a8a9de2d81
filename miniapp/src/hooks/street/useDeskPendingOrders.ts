import { useMemo } from 'react';
import { useTableView } from '@/hooks/desk/useTableView';
import { pagingOf, usePagedList } from '@/hooks/usePagedList';
import { useChangesPolling } from '@/hooks/useChangesPolling';
import { usePageRefresh } from '@/hooks/usePageRefresh';
import { useDispatchOrders } from '@/hooks/street/useDispatchOrders';
import { api } from '@/services/api';
import { DEADLINE_FIRST, PENDING_ORDERS_TABLE } from '@/utils/desk/street-tables';
import { optionsFrom } from '@/utils/desk/table';
import type { OrderRow } from '@/utils/street/orders';

const NO_ORDERS = { items: [], nextCursor: null };

/**
 * 待派批办单 at the desk: the pending orders overdue first, then soonest due — the server's order
 * (`sort=overdue`), so the pages follow each other in it — 50 a page. Each appeal's detail is read
 * for its order (reason, source, when sent up), as on the phone. The table's sorts, filters and
 * search apply to the orders loaded.
 */
export function useDeskPendingOrders(enabled: boolean) {
  const list = usePagedList(
    (cursor) => (enabled ? api.appeals.pendingDispatchOrders({ sort: 'overdue', ...(cursor ? { cursor } : {}) }) : Promise.resolve(NO_ORDERS)),
    [enabled],
  );
  const orders = useDispatchOrders(list.rows);
  usePageRefresh(list.reload);
  // An order sent up meanwhile appears without a reload.
  useChangesPolling((etag) => api.appeals.pendingDispatchOrdersIfChanged({ sort: 'overdue' }, etag), list.reload, enabled);

  const rows: OrderRow[] = useMemo(() => list.rows.map((appeal) => ({ appeal, order: orders[appeal.id] })), [list.rows, orders]);
  const table = useTableView(rows, PENDING_ORDERS_TABLE, DEADLINE_FIRST);
  const communities = useMemo(
    () =>
      optionsFrom(
        rows,
        (r) => String(r.appeal.communityId),
        (r) => r.appeal.communityName,
      ),
    [rows],
  );

  return {
    table,
    communities,
    loaded: rows.length,
    overdue: rows.filter((r) => r.appeal.overdue).length,
    ...pagingOf(list),
  };
}
