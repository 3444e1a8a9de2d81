import type { AppealSummary, CommunitySummary, Level } from '@lingjuli/shared';
import { useMemo, useState } from 'react';
import { useTableView } from '@/hooks/desk/useTableView';
import { pagingOf, usePagedList } from '@/hooks/usePagedList';
import { usePageRefresh } from '@/hooks/usePageRefresh';
import { useQuery } from '@/hooks/useQuery';
import { api } from '@/services/api';
import { syncServerTime } from '@/state/server-clock';
import { DEADLINE_FIRST } from '@/utils/desk/street-tables';
import { COMMUNITY_APPEALS_TABLE } from '@/utils/measures/queue';

const PAGE_SIZE = 100;
const NO_APPEALS = { items: [], nextCursor: null };
const NO_COMMUNITIES: CommunitySummary[] = [];

/**
 * One community's queue, opened from 社区总览: its open appeals at every level (or one level),
 * soonest due first, 100 a page; the sorts and search apply to the rows loaded.
 */
export function useCommunityAppeals(communityId: number | null, enabled: boolean) {
  const [level, setLevel] = useState<Level | null>(null);
  const on = enabled && communityId !== null;
  const list = usePagedList<AppealSummary>(
    async (cursor) => {
      if (!enabled || communityId === null) return NO_APPEALS;
      const page = await api.appeals.list({ communityId, sort: 'due', pageSize: PAGE_SIZE, ...(level ? { level } : {}), ...(cursor ? { cursor } : {}) });
      syncServerTime(page.serverTime);
      return page;
    },
    [on, communityId, level],
  );
  usePageRefresh(list.reload);
  const communities = useQuery(() => (on ? api.org.communities() : Promise.resolve(NO_COMMUNITIES)), [on]);
  const communityName = (communities.data ?? NO_COMMUNITIES).find((c) => c.id === communityId)?.name ?? list.rows[0]?.communityName ?? '';

  const rows = useMemo(() => list.rows.map((appeal) => ({ appeal })), [list.rows]);
  const table = useTableView(rows, COMMUNITY_APPEALS_TABLE, DEADLINE_FIRST);

  return {
    communityName,
    table,
    level,
    setLevel,
    appeals: list.rows,
    loaded: rows.length,
    total: list.total ?? 0,
    totalIsLowerBound: list.totalIsLowerBound,
    ...pagingOf(list),
  };
}
