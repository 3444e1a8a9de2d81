import type { AppealPage, AppealSummary } from '@lingjuli/shared';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { api } from '@/services/api';
import { asApiError, type ApiError } from '@/services/http';
import { syncServerTime } from '@/state/server-clock';
import { appendPage, countQueue, isUnsupportedQuery, matchesFilter, orderByUrgency, queueQuery, type QueueCounts, type QueueFilter } from '@/utils/staff/queue';
import { useNow } from '@/hooks/useNow';
import { usePageRefresh } from '@/hooks/usePageRefresh';

interface Loaded {
  rows: AppealSummary[];
  total: number;
  page: number;
  /** The server could not filter (an older server): the rows were filtered here, from the first page. */
  filteredHere: boolean;
}

/**
 * The community queue: open appeals soonest due first (the most urgent on top), one filter at a
 * time, the counts of what needs attention, the server's clock synced on every load, pull-down
 * refresh, a reload when the page is shown again (after handling an appeal), and further pages.
 */
export function useQueue(enabled: boolean) {
  const [filter, setFilter] = useState<QueueFilter>('all');
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [counts, setCounts] = useState<QueueCounts | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  // The filter of the latest render, for a load that finishes after she picked another one.
  const filterRef = useRef(filter);
  useLayoutEffect(() => {
    filterRef.current = filter;
  });
  const now = useNow(30_000);

  const fetchPage = useCallback(async (wanted: QueueFilter, page: number): Promise<{ page: AppealPage; filteredHere: boolean }> => {
    try {
      return { page: await api.appeals.list(queueQuery(wanted, page)), filteredHere: false };
    } catch (e) {
      // `supervised` is new on the server: an older one refuses it, so filter the open queue here.
      if (wanted === 'supervised' && isUnsupportedQuery(e, 'supervised')) {
        const all = await api.appeals.list(queueQuery('all', 1));
        const items = all.items.filter((a) => matchesFilter(a, wanted, new Date(all.serverTime)));
        return { page: { ...all, items, total: items.length }, filteredHere: true };
      }
      throw e;
    }
  }, []);

  const reload = useCallback(async () => {
    if (!enabled) return;
    const wanted = filterRef.current;
    setLoading(true);
    try {
      const [all, filtered] = await Promise.all([api.appeals.list(queueQuery('all')), wanted === 'all' ? null : fetchPage(wanted, 1)]);
      syncServerTime(all.serverTime);
      const serverNow = new Date(all.serverTime);
      setCounts({ ...countQueue(all.items, serverNow), total: all.total });
      if (wanted !== filterRef.current) return; // the filter changed meanwhile; its own load wins
      const shown = filtered ?? { page: all, filteredHere: false };
      setLoaded({ rows: shown.page.items, total: shown.page.total, page: 1, filteredHere: shown.filteredHere });
      setError(null);
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setLoading(false);
    }
  }, [enabled, fetchPage]);

  const loadMore = useCallback(async () => {
    if (!loaded || loaded.filteredHere || loaded.rows.length >= loaded.total) return;
    setLoadingMore(true);
    try {
      const next = await fetchPage(filterRef.current, loaded.page + 1);
      syncServerTime(next.page.serverTime);
      setLoaded({ ...loaded, rows: appendPage(loaded.rows, next.page.items), total: next.page.total, page: loaded.page + 1 });
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setLoadingMore(false);
    }
  }, [loaded, fetchPage]);

  useEffect(() => {
    setLoaded(null);
    void reload();
  }, [filter, reload]);

  // Back from an appeal: its row may have moved or gone.
  usePageRefresh(reload);

  const rows = useMemo(() => (loaded ? orderByUrgency(loaded.rows, now) : []), [loaded, now]);

  return {
    filter,
    setFilter,
    rows,
    total: loaded?.total ?? 0,
    hasMore: !!loaded && !loaded.filteredHere && loaded.rows.length < loaded.total,
    filteredHere: loaded?.filteredHere ?? false,
    counts,
    now,
    loading: loading && !loaded,
    refreshing: loading && !!loaded,
    loadingMore,
    error,
    reload,
    loadMore,
  };
}
