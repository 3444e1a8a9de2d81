import type { AppealSummary, CommunitySummary } from '@lingjuli/shared';
import { useMemo, useState } from 'react';
import { useTableView } from '@/hooks/desk/useTableView';
import { pagingOf, usePagedList } from '@/hooks/usePagedList';
import { usePageRefresh } from '@/hooks/usePageRefresh';
import { useQuery } from '@/hooks/useQuery';
import { useDispatchOrders } from '@/hooks/street/useDispatchOrders';
import { api } from '@/services/api';
import { syncServerTime } from '@/state/server-clock';
import { DEADLINE_FIRST, STREET_APPEALS_TABLE, type StreetAppealRow } from '@/utils/desk/street-tables';

const PAGE_SIZE = 100;
const NO_APPEALS = { items: [], nextCursor: null };
const NO_COMMUNITIES: CommunitySummary[] = [];

/**
 * 街道在办诉求 at the desk: the appeals at the street, soonest due first, 100 a page; the community
 * filter asks the server (every page is that community's), the sorts and search apply to the rows
 * loaded. Each appeal's detail is read for its lead department.
 */
export function useDeskStreetAppeals(enabled: boolean) {
  const [communityId, setCommunityId] = useState<number | null>(null);
  const list = usePagedList<AppealSummary>(
    async (cursor) => {
      if (!enabled) return NO_APPEALS;
      const page = await api.appeals.list({
        sort: 'due',
        level: 'street',
        pageSize: PAGE_SIZE,
        ...(communityId !== null ? { communityId } : {}),
        ...(cursor ? { cursor } : {}),
      });
      syncServerTime(page.serverTime);
      return page;
    },
    [enabled, communityId],
  );
  const orders = useDispatchOrders(list.rows);
  usePageRefresh(list.reload);
  const communities = useQuery(() => (enabled ? api.org.communities() : Promise.resolve(NO_COMMUNITIES)), [enabled]);

  const rows: StreetAppealRow[] = useMemo(
    () => list.rows.map((appeal) => ({ appeal, order: appeal.id in orders ? orders[appeal.id] : undefined })),
    [list.rows, orders],
  );
  const table = useTableView(rows, STREET_APPEALS_TABLE, DEADLINE_FIRST);
  const communityOptions = useMemo(() => (communities.data ?? NO_COMMUNITIES).map((c) => ({ value: String(c.id), label: c.name })), [communities.data]);

  return {
    table,
    communityId,
    setCommunityId,
    communityOptions,
    loaded: rows.length,
    total: list.total ?? 0,
    totalIsLowerBound: list.totalIsLowerBound,
    ...pagingOf(list),
  };
}
