import type { ApiError } from '@/services/http';

/** A count as shown: "1000+" when the server stopped counting there. */
export function countLabel(total: number, isLowerBound = false): string {
  return isLowerBound ? `${total}+` : String(total);
}

/** Merges a further page into the rows already shown, without duplicates (a row may move between pages). */
export function appendPage<T extends { id: number }>(shown: readonly T[], next: readonly T[]): T[] {
  const seen = new Set(shown.map((r) => r.id));
  return [...shown, ...next.filter((r) => !seen.has(r.id))];
}

/**
 * One page of a list read by keyset cursor: an `AppealPage` (cursor and count in the body) or a plain
 * array whose cursor came in the `Next-Cursor` header (no count).
 */
export interface PageOf<T> {
  items: T[];
  /** Ask with `cursor` set to this for the next page; null on the last page. */
  nextCursor: string | null;
  total?: number;
  totalIsLowerBound?: boolean;
}

/** A list shown page by page: the rows so far, where it goes on, and how the last load went. */
export interface PagedState<T> {
  rows: T[];
  /** Null until the first page came. */
  nextCursor: string | null;
  /** The server's count, when it gives one (null: it does not count this list). */
  total: number | null;
  totalIsLowerBound: boolean;
  /** True once the first page came (rows may still be empty). */
  loaded: boolean;
  loading: boolean;
  /** The first page failed (rows from an earlier load, if any, stay). */
  error: ApiError | null;
  /** The cursor of the further page being read, if one is. */
  loadingMore: string | null;
  /** The further page failed: the rows shown stay, the same cursor can be asked again. */
  moreError: ApiError | null;
  /** Bumped by every first-page load: a later answer to an earlier load is ignored. */
  generation: number;
  /** How many times a first page came (what depends on the list reloads when this changes, not on a further page). */
  firstPages: number;
}

export type PagingAction<T> =
  | { type: 'load' }
  | { type: 'loaded'; generation: number; page: PageOf<T> }
  | { type: 'failed'; generation: number; error: ApiError }
  | { type: 'more'; cursor: string }
  | { type: 'moreLoaded'; cursor: string; page: PageOf<T> }
  | { type: 'moreFailed'; cursor: string; error: ApiError };

/** Before the first page: loading (a page reads its first page as soon as it is shown). */
export function initialPaging<T>(): PagedState<T> {
  return {
    rows: [],
    nextCursor: null,
    total: null,
    totalIsLowerBound: false,
    loaded: false,
    loading: true,
    error: null,
    loadingMore: null,
    moreError: null,
    generation: 0,
    firstPages: 0,
  };
}

/** There is a further page to offer. */
export const hasMorePages = (state: PagedState<unknown>) => state.loaded && state.nextCursor !== null;

/** Whether asking for the page after `state` would be taken up now (none on its way, no reload running). */
export const canLoadMore = (state: PagedState<unknown>) => hasMorePages(state) && !state.loading && state.loadingMore === null;

const counted = <T>(page: PageOf<T>) => ({ total: page.total ?? null, totalIsLowerBound: page.totalIsLowerBound ?? false });

/**
 * How a paged list moves. A further page is appended only onto the page whose cursor asked for it
 * (not after a reload started, not twice), without repeating rows; its failure keeps what is shown.
 */
export function pagingReducer<T extends { id: number }>(state: PagedState<T>, action: PagingAction<T>): PagedState<T> {
  switch (action.type) {
    case 'load':
      // A further page still on its way belongs to the old rows: it is dropped when it lands.
      return { ...state, loading: true, loadingMore: null, generation: state.generation + 1 };
    case 'loaded':
      if (action.generation !== state.generation) return state;
      return {
        ...state,
        rows: action.page.items,
        nextCursor: action.page.nextCursor,
        ...counted(action.page),
        loaded: true,
        loading: false,
        error: null,
        moreError: null,
        firstPages: state.firstPages + 1,
      };
    case 'failed':
      if (action.generation !== state.generation) return state;
      return { ...state, loading: false, error: action.error };
    case 'more':
      if (!canLoadMore(state) || state.nextCursor !== action.cursor) return state;
      return { ...state, loadingMore: action.cursor, moreError: null };
    case 'moreLoaded':
      if (state.loadingMore !== action.cursor || state.nextCursor !== action.cursor) return state;
      return {
        ...state,
        rows: appendPage(state.rows, action.page.items),
        nextCursor: action.page.nextCursor,
        ...(action.page.total === undefined ? {} : counted(action.page)),
        loadingMore: null,
      };
    case 'moreFailed':
      if (state.loadingMore !== action.cursor) return state;
      return { ...state, loadingMore: null, moreError: action.error };
  }
}
