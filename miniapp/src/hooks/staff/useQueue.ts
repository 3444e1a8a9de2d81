import type { AppealPage, AppealSummary } from '@lingjuli/shared';
import Taro from '@tarojs/taro';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { api } from '@/services/api';
import { asApiError, type ApiError } from '@/services/http';
import { syncServerTime } from '@/state/server-clock';
import { appendPage } from '@/utils/paging';
import {
  isUnsupportedQuery,
  matchesFilter,
  orderByUrgency,
  queueCounts,
  queueQuery,
  QUEUE_PAGE_SIZE,
  QUEUE_POLL_MS,
  isPressingEmergency,
  queueTitle,
  type QueueCounts,
  type QueueFilter,
} from '@/utils/staff/queue';
import { useNow } from '@/hooks/useNow';
import { usePageRefresh } from '@/hooks/usePageRefresh';
import { usePolling } from '@/hooks/usePolling';

interface Loaded {
  rows: AppealSummary[];
  total: number;
  totalIsLowerBound: boolean;
  /** Where the next page starts (null: this was the last). */
  nextCursor: string | null;
  /** The server could not filter (an older server): the rows were filtered here, from the first page. */
  filteredHere: boolean;
}

/** The rows shown after a load, and where the list goes on. Filtered here, the rows are all there is. */
function loadedFrom(page: AppealPage, rows: AppealSummary[], filteredHere: boolean): Loaded {
  return {
    rows,
    total: filteredHere ? rows.length : page.total,
    totalIsLowerBound: !filteredHere && page.totalIsLowerBound,
    nextCursor: filteredHere ? null : page.nextCursor,
    filteredHere,
  };
}

/**
 * The community queue: open appeals soonest due first (the most urgent on top), one filter at a
 * time, the counts of what needs attention (the server's, for the open, overdue and supervised
 * ones), the server's clock synced on every load, pull-down refresh, a reload when the page is shown
 * again (after handling an appeal), and further pages.
 */
export function useQueue(enabled: boolean) {
  const [filter, setFilter] = useState<QueueFilter>('all');
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [counts, setCounts] = useState<QueueCounts | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<ApiError | null>(null);
  // The filter of the latest render, for a load that finishes after she picked another one.
  const filterRef = useRef(filter);
  useLayoutEffect(() => {
    filterRef.current = filter;
  });
  const now = useNow(30_000);

  // The validator of the queue's first page as last loaded, which the poll asks the server about.
  const watched = useRef<string | null>(null);
  // The appeals seen so far, and those that came in while the page was open.
  const seen = useRef<Set<number> | null>(null);
  const [arrived, setArrived] = useState<ReadonlySet<number>>(new Set());
  const [pressing, setPressing] = useState(0);
  useEffect(() => {
    if (enabled) void Taro.setNavigationBarTitle({ title: queueTitle(pressing) }).catch(() => undefined);
  }, [enabled, pressing]);

  const fetchPage = useCallback(
    async (wanted: QueueFilter, cursor?: string, pageSize?: number): Promise<{ page: AppealPage; filteredHere: boolean; etag?: string | null }> => {
      try {
        // Asked without a validator, the list always answers (null means "as you had it").
        const answer = (await api.appeals.listIfChanged(queueQuery(wanted, cursor, pageSize), null))!;
        return { page: answer.data, filteredHere: false, etag: answer.etag };
      } catch (e) {
        // `supervised` is new on the server: an older one refuses it, so filter the first page of the open queue here.
        if (wanted === 'supervised' && isUnsupportedQuery(e, 'supervised')) {
          const all = await api.appeals.list(queueQuery('all'));
          const items = all.items.filter((a) => matchesFilter(a, wanted, new Date(all.serverTime)));
          return { page: { ...all, items, total: items.length, totalIsLowerBound: all.nextCursor !== null }, filteredHere: true };
        }
        throw e;
      }
    },
    [],
  );

  const reload = useCallback(async () => {
    if (!enabled) return;
    const wanted = filterRef.current;
    setLoading(true);
    try {
      // The first page of the queue and of the filter shown; of the other filters only their counts (a row).
      const read = (f: QueueFilter) => fetchPage(f, undefined, f === 'all' || f === wanted ? QUEUE_PAGE_SIZE : 1);
      const [all, overdue, supervised] = await Promise.all([read('all'), read('overdue'), read('supervised')]);
      syncServerTime(all.page.serverTime);
      watched.current = all.etag ?? null;
      const ids = all.page.items.map((a) => a.id);
      if (seen.current) {
        const known = seen.current;
        const fresh = all.page.items.filter((a) => !known.has(a.id));
        if (fresh.length) setArrived((current) => new Set([...current, ...fresh.map((a) => a.id)]));
        // A phone in a pocket: a new emergency is felt as well as seen.
        if (fresh.some(isPressingEmergency)) void Taro.vibrateLong().catch(() => undefined);
      }
      setPressing(all.page.items.filter(isPressingEmergency).length);
      seen.current = new Set([...(seen.current ?? []), ...ids]);
      setCounts(queueCounts(all.page, overdue.page, supervised.page, new Date(all.page.serverTime)));
      if (wanted !== filterRef.current) return; // the filter changed meanwhile; its own load wins
      const shown = { all, overdue, supervised }[wanted];
      setLoaded(loadedFrom(shown.page, shown.page.items, shown.filteredHere));
      setError(null);
      setMoreError(null);
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setLoading(false);
    }
  }, [enabled, fetchPage]);

  const loadMore = useCallback(async () => {
    if (!loaded || loaded.filteredHere || loaded.nextCursor === null) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const next = await fetchPage(filterRef.current, loaded.nextCursor);
      syncServerTime(next.page.serverTime);
      setLoaded(loadedFrom(next.page, appendPage(loaded.rows, next.page.items), false));
    } catch (e) {
      // The rows shown stay; the same page can be asked again.
      setMoreError(asApiError(e, '加载失败，请稍后重试'));
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
  // What others did meanwhile (a new appeal, a colleague taking one): the first page is asked every few
  // seconds whether it changed (304 while it has not), and the queue is loaded again when it did.
  usePolling(
    async () => {
      if (watched.current === null) return;
      if (await api.appeals.listIfChanged(queueQuery('all'), watched.current)) await reload();
    },
    QUEUE_POLL_MS,
    enabled,
  );

  const rows = useMemo(() => (loaded ? orderByUrgency(loaded.rows, now) : []), [loaded, now]);

  return {
    filter,
    setFilter,
    rows,
    total: loaded?.total ?? 0,
    totalIsLowerBound: loaded?.totalIsLowerBound ?? false,
    hasMore: !!loaded && !loaded.filteredHere && loaded.nextCursor !== null,
    filteredHere: loaded?.filteredHere ?? false,
    counts,
    now,
    /** Appeals that came in while the queue was open (marked 新). */
    arrived,
    /** Emergencies still to be resolved on the first page (in the title). */
    pressing,
    loading: loading && !loaded,
    refreshing: loading && !!loaded,
    loadingMore,
    moreError,
    error,
    reload,
    loadMore,
  };
}
