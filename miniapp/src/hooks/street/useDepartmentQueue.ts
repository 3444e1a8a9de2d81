import type { AppealSummary } from '@lingjuli/shared';
import { useMemo } from 'react';
import { useQuery } from '@/hooks/useQuery';
import { api } from '@/services/api';
import type { Session } from '@/state/session';
import { syncServerTime } from '@/state/server-clock';
import { departmentPart, leadDepartmentName, type DepartmentPart } from '@/utils/street/assignment';
import { sortByDue } from '@/utils/street/orders';
import { usePageRefresh } from '@/hooks/usePageRefresh';
import { useDispatchOrders } from '@/hooks/street/useDispatchOrders';

export interface DepartmentQueueRow {
  appeal: AppealSummary;
  /** Department staff: lead or assisting, and whether their part is done (from the detail's order). */
  part?: DepartmentPart | null;
  /** Command centre: who leads it. */
  lead?: string | null;
}

const PAGE_SIZE = 100;

/**
 * The department's queue: appeals dispatched to it, soonest due first. For the command centre the
 * same page lists every appeal the street is handling. Whether the department leads or assists is on
 * the order in each appeal's detail, read a few at a time.
 */
export function useDepartmentQueue(session: Session | null) {
  const role = session?.user.role;
  const departmentId = session?.user.departmentId ?? null;
  const forDepartment = role === 'departmentStaff';
  const page = useQuery(async () => {
    if (!role) return null;
    const result = await api.appeals.list({ sort: 'due', pageSize: PAGE_SIZE, ...(forDepartment ? {} : { level: 'street' as const }) });
    syncServerTime(result.serverTime);
    return result;
  }, [role]);
  const orders = useDispatchOrders(page.data?.items);

  usePageRefresh(page.reload);

  const rows: DepartmentQueueRow[] = useMemo(
    () =>
      sortByDue(page.data?.items ?? []).map((appeal) => {
        const known = appeal.id in orders;
        const order = orders[appeal.id];
        return forDepartment
          ? { appeal, part: known ? departmentPart(order, departmentId) : undefined }
          : { appeal, lead: known ? leadDepartmentName(order) : undefined };
      }),
    [page.data, orders, forDepartment, departmentId],
  );

  return {
    rows,
    forDepartment,
    total: page.data?.total ?? 0,
    truncated: (page.data?.total ?? 0) > (page.data?.items.length ?? 0),
    loading: page.loading && !page.data,
    error: page.error,
    reload: page.reload,
  };
}
