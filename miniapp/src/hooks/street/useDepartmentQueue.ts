import type { AppealSummary } from '@lingjuli/shared';
import { useEffect, useMemo, useState } from 'react';
import { pagingOf, usePagedList } from '@/hooks/usePagedList';
import { api } from '@/services/api';
import type { Session } from '@/state/session';
import { syncServerTime } from '@/state/server-clock';
import { departmentPart, leadDepartmentName, type DepartmentPart } from '@/utils/street/assignment';
import { sortByDue } from '@/utils/street/orders';
import { whistleWork, type WhistleWork } from '@/utils/street/department-landing';
import { useChangesPolling } from '@/hooks/useChangesPolling';
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

const NO_APPEALS = { items: [], nextCursor: null };

/**
 * The department's queue: appeals dispatched to it, soonest due first, a page (100) at a time after
 * the server's cursor. For the command centre the same page lists every appeal the street is
 * handling. Whether the department leads or assists is on the order in each appeal's detail, read a
 * few at a time (for a further page, only its own rows).
 */
export function useDepartmentQueue(session: Session | null) {
  const role = session?.user.role;
  const departmentId = session?.user.departmentId ?? null;
  const forDepartment = role === 'departmentStaff';
  const query = { sort: 'due' as const, pageSize: PAGE_SIZE, ...(forDepartment ? {} : { level: 'street' as const }) };
  const list = usePagedList<AppealSummary>(
    async (cursor) => {
      if (!role) return NO_APPEALS;
      const page = await api.appeals.list({ ...query, ...(cursor ? { cursor } : {}) });
      syncServerTime(page.serverTime);
      return page;
    },
    [role],
  );
  const orders = useDispatchOrders(list.rows);

  // A department's work may be whistles rather than dispatched appeals: count them with each load.
  const [whistles, setWhistles] = useState<WhistleWork | null>(null);
  useEffect(() => {
    if (!forDepartment || list.firstPages === 0) return;
    let live = true;
    api.whistles
      .list({ status: 'open' })
      .then((page) => live && setWhistles(whistleWork(page.items, departmentId, page.nextCursor !== null)))
      .catch(() => live && setWhistles(null));
    return () => {
      live = false;
    };
  }, [forDepartment, departmentId, list.firstPages]);

  usePageRefresh(list.reload);
  // A dispatch or a whistle arriving meanwhile appears without a reload.
  useChangesPolling((etag) => api.appeals.listIfChanged(query, etag), list.reload, !!role);

  const rows: DepartmentQueueRow[] = useMemo(
    () =>
      sortByDue(list.rows).map((appeal) => {
        const known = appeal.id in orders;
        const order = orders[appeal.id];
        return forDepartment
          ? { appeal, part: known ? departmentPart(order, departmentId) : undefined }
          : { appeal, lead: known ? leadDepartmentName(order) : undefined };
      }),
    [list.rows, orders, forDepartment, departmentId],
  );

  return {
    rows,
    forDepartment,
    /** The department's open whistles; null until counted (or for the command centre). */
    whistles,
    total: list.total ?? 0,
    totalIsLowerBound: list.totalIsLowerBound,
    ...pagingOf(list),
  };
}
