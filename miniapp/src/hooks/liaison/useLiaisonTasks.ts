import type { AppealListQuery, AppealSummary } from '@lingjuli/shared';
import { useCallback, useMemo } from 'react';
import { usePagedList } from '@/hooks/usePagedList';
import { api } from '@/services/api';
import { syncServerTime } from '@/state/server-clock';
import { liaisonTasks } from '@/utils/liaison/tasks';
import { usePageRefresh } from '@/hooks/usePageRefresh';

/** A page of each list: a phone shows about ten rows. */
const PAGE_SIZE = 20;
const NO_APPEALS = { items: [], nextCursor: null };

/** One of her two lists (open appeals, newest first), a page at a time after the server's cursor. */
function useHerAppeals(enabled: boolean, involvement: NonNullable<AppealListQuery['involvement']>) {
  return usePagedList<AppealSummary>(
    async (cursor) => {
      if (!enabled) return NO_APPEALS;
      const page = await api.appeals.list({ involvement, pageSize: PAGE_SIZE, ...(cursor ? { cursor } : {}) });
      syncServerTime(page.serverTime);
      return page;
    },
    [enabled],
  );
}

/**
 * Her tasks: visits to make (appeals assigned to her) and street-level appeals of hers to accompany,
 * from two lists read 20 at a time; "加载更多" reads the next page of each list that has one. While a
 * list has more, a section it feeds may still grow (its count is "at least").
 */
export function useLiaisonTasks(enabled: boolean) {
  const assigned = useHerAppeals(enabled, 'assigned');
  const reported = useHerAppeals(enabled, 'reported');
  const { reload: reloadAssigned, loadMore: moreAssigned } = assigned;
  const { reload: reloadReported, loadMore: moreReported } = reported;
  const reload = useCallback(async () => {
    await Promise.all([reloadAssigned(), reloadReported()]);
  }, [reloadAssigned, reloadReported]);
  usePageRefresh(reload);

  const loaded = assigned.loaded && reported.loaded;
  const tasks = useMemo(() => liaisonTasks(assigned.rows, reported.rows), [assigned.rows, reported.rows]);
  const loadMore = useCallback(async () => {
    await Promise.all([assigned.hasMore ? moreAssigned() : null, reported.hasMore ? moreReported() : null]);
  }, [assigned.hasMore, reported.hasMore, moreAssigned, moreReported]);

  return {
    ...(loaded ? tasks : { visits: [], accompany: [] }),
    /** Visits come from the assigned list, appeals to accompany from both: more may follow. */
    moreVisits: loaded && assigned.hasMore,
    moreAccompany: loaded && (assigned.hasMore || reported.hasMore),
    loading: !loaded && !assigned.error && !reported.error,
    error: assigned.error ?? reported.error,
    reload,
    hasMore: loaded && (assigned.hasMore || reported.hasMore),
    loadingMore: assigned.loadingMore || reported.loadingMore,
    moreError: assigned.moreError ?? reported.moreError,
    loadMore,
  };
}
