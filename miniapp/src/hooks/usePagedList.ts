import { useCallback, useEffect, useLayoutEffect, useReducer, useRef } from 'react';
import { asApiError } from '@/services/http';
import { canLoadMore, hasMorePages, initialPaging, pagingReducer, type PageOf, type PagedState, type PagingAction } from '@/utils/paging';

/**
 * A list read page by page by keyset cursor: `load()` reads the first page, `load(cursor)` the one
 * after; `deps` change → the first page again. `loadMore` appends the next page (once, in order);
 * if it fails the rows shown stay and `moreError` says why. Errors are ApiErrors in Chinese.
 */
export function usePagedList<T extends { id: number }>(load: (cursor?: string) => Promise<PageOf<T>>, deps: readonly unknown[] = []) {
  const [state, dispatch] = useReducer(pagingReducer as (s: PagedState<T>, a: PagingAction<T>) => PagedState<T>, undefined, initialPaging<T>);
  // The latest `load` and state for the callbacks, updated once a render is committed (never during it).
  const loadRef = useRef(load);
  const stateRef = useRef(state);
  useLayoutEffect(() => {
    loadRef.current = load;
    stateRef.current = state;
  });
  // The first-page load this hook last started, and the cursor of a further page on its way.
  const generation = useRef(0);
  const moreInFlight = useRef<string | null>(null);

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    moreInFlight.current = null;
    dispatch({ type: 'load' });
    try {
      const page = await loadRef.current();
      dispatch({ type: 'loaded', generation: mine, page });
    } catch (e) {
      dispatch({ type: 'failed', generation: mine, error: asApiError(e, '加载失败，请稍后重试') });
    }
  }, []);

  const loadMore = useCallback(async () => {
    const current = stateRef.current;
    const cursor = current.nextCursor;
    if (!canLoadMore(current) || cursor === null || moreInFlight.current !== null) return;
    moreInFlight.current = cursor;
    dispatch({ type: 'more', cursor });
    try {
      const page = await loadRef.current(cursor);
      dispatch({ type: 'moreLoaded', cursor, page });
    } catch (e) {
      dispatch({ type: 'moreFailed', cursor, error: asApiError(e, '加载失败，请稍后重试') });
    } finally {
      if (moreInFlight.current === cursor) moreInFlight.current = null;
    }
  }, []);

  useEffect(() => {
    void reload();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller's `deps` say when to reload; `reload` never changes
  }, deps);

  return {
    rows: state.rows,
    /** The server's count (null when it does not count this list), and whether it stopped counting there. */
    total: state.total,
    totalIsLowerBound: state.totalIsLowerBound,
    loaded: state.loaded,
    /** Bumped each time a first page comes (a reload), not by a further page. */
    firstPages: state.firstPages,
    /** The first load, nothing shown yet. */
    loading: state.loading && !state.loaded,
    /** A reload with rows shown. */
    refreshing: state.loading && state.loaded,
    error: state.error,
    hasMore: hasMorePages(state),
    loadingMore: state.loadingMore !== null,
    moreError: state.moreError,
    reload,
    loadMore,
  };
}

/** The states and actions of a paged list a page shows around its rows (loading, errors, "加载更多"), for hooks built on one to pass on. */
export function pagingOf({ loading, error, reload, hasMore, loadingMore, moreError, loadMore }: ReturnType<typeof usePagedList>) {
  return { loading, error, reload, hasMore, loadingMore, moreError, loadMore };
}
