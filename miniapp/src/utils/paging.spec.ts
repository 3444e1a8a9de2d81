import { ApiError } from '@/services/http';
import {
  appendPage,
  canLoadMore,
  countLabel,
  hasMorePages,
  initialPaging,
  pagingReducer,
  type PageOf,
  type PagedState,
  type PagingAction,
} from '@/utils/paging';

type Row = { id: number };
const rows = (...ids: number[]): Row[] => ids.map((id) => ({ id }));
const page = (ids: number[], nextCursor: string | null, count?: { total: number; totalIsLowerBound: boolean }): PageOf<Row> => ({
  items: rows(...ids),
  nextCursor,
  ...count,
});
const run = (actions: PagingAction<Row>[], from: PagedState<Row> = initialPaging<Row>()) => actions.reduce(pagingReducer<Row>, from);
const ids = (state: PagedState<Row>) => state.rows.map((r) => r.id);
const offline = new ApiError(0, 'NETWORK', '网络不给力，请检查网络后重试');

/** The first page (1, 2) came, with page two after cursor "c2". */
const firstPage = (count = { total: 1000, totalIsLowerBound: true }) =>
  run([{ type: 'load' }, { type: 'loaded', generation: 1, page: page([1, 2], 'c2', count) }]);

describe('a list read page by page', () => {
  it('shows a count the server stopped at with a plus', () => {
    expect(countLabel(1000, true)).toBe('1000+');
    expect(countLabel(37)).toBe('37');
  });

  it('appends a further page without repeating rows', () => {
    expect(appendPage([{ id: 1 }, { id: 2 }], [{ id: 2 }, { id: 3 }]).map((r) => r.id)).toEqual([1, 2, 3]);
  });

  it('is loading before the first page, then shows it with its count and offers more', () => {
    expect(initialPaging().loading).toBe(true);
    const state = firstPage();
    expect(ids(state)).toEqual([1, 2]);
    expect(state).toMatchObject({ loaded: true, loading: false, total: 1000, totalIsLowerBound: true, nextCursor: 'c2', firstPages: 1 });
    expect(hasMorePages(state)).toBe(true);
    expect(canLoadMore(state)).toBe(true);
  });

  it('appends the next page once, in order, and offers no more after the last page', () => {
    const asked = run([{ type: 'more', cursor: 'c2' }], firstPage());
    expect(asked.loadingMore).toBe('c2');
    // A second tap while the page is on its way is not taken up.
    expect(canLoadMore(asked)).toBe(false);
    expect(run([{ type: 'more', cursor: 'c2' }], asked)).toBe(asked);

    const more = page([2, 3, 4], 'c4', { total: 1000, totalIsLowerBound: true });
    const after = run([{ type: 'moreLoaded', cursor: 'c2', page: more }], asked);
    expect(ids(after)).toEqual([1, 2, 3, 4]);
    expect(after).toMatchObject({ nextCursor: 'c4', loadingMore: null, firstPages: 1 });
    // The same answer again (a repeated callback) changes nothing.
    expect(ids(run([{ type: 'moreLoaded', cursor: 'c2', page: more }], after))).toEqual([1, 2, 3, 4]);

    const last = run(
      [
        { type: 'more', cursor: 'c4' },
        { type: 'moreLoaded', cursor: 'c4', page: page([5], null) },
      ],
      after,
    );
    expect(ids(last)).toEqual([1, 2, 3, 4, 5]);
    expect(last.nextCursor).toBeNull();
    expect(hasMorePages(last)).toBe(false);
    expect(run([{ type: 'more', cursor: 'c4' }], last)).toBe(last);
  });

  it('keeps the count of the first page when a further page (a plain array) brings none', () => {
    const state = run(
      [
        { type: 'more', cursor: 'c2' },
        { type: 'moreLoaded', cursor: 'c2', page: page([3], null) },
      ],
      firstPage({ total: 3, totalIsLowerBound: false }),
    );
    expect(state).toMatchObject({ total: 3, totalIsLowerBound: false });
    const plain = run([{ type: 'load' }, { type: 'loaded', generation: 1, page: page([1], 'c1') }]);
    expect(plain.total).toBeNull();
  });

  it('keeps the rows shown when a further page fails, says why, and asks for the same page again', () => {
    const failed = run(
      [
        { type: 'more', cursor: 'c2' },
        { type: 'moreFailed', cursor: 'c2', error: offline },
      ],
      firstPage(),
    );
    expect(ids(failed)).toEqual([1, 2]);
    expect(failed).toMatchObject({ moreError: offline, error: null, loadingMore: null, nextCursor: 'c2' });
    expect(hasMorePages(failed)).toBe(true);
    const retried = run(
      [
        { type: 'more', cursor: 'c2' },
        { type: 'moreLoaded', cursor: 'c2', page: page([3], null) },
      ],
      failed,
    );
    expect(ids(retried)).toEqual([1, 2, 3]);
    expect(retried.moreError).toBeNull();
  });

  it('drops a further page that lands after a reload started, and a first page a newer load overtook', () => {
    const reloading = run([{ type: 'more', cursor: 'c2' }, { type: 'load' }], firstPage());
    expect(ids(reloading)).toEqual([1, 2]); // still shown while the reload runs
    expect(reloading).toMatchObject({ loading: true, loadingMore: null });
    expect(run([{ type: 'moreLoaded', cursor: 'c2', page: page([3], null) }], reloading)).toBe(reloading);
    expect(run([{ type: 'more', cursor: 'c2' }], reloading)).toBe(reloading);

    const twice = run([{ type: 'load' }], reloading); // generation 3
    expect(run([{ type: 'loaded', generation: 2, page: page([9], null) }], twice)).toBe(twice);
    const fresh = run([{ type: 'loaded', generation: 3, page: page([7, 8], null) }], twice);
    expect(ids(fresh)).toEqual([7, 8]);
    expect(fresh.firstPages).toBe(2);
  });

  it('keeps the rows shown when a reload fails', () => {
    const state = run([{ type: 'load' }, { type: 'failed', generation: 2, error: offline }], firstPage());
    expect(ids(state)).toEqual([1, 2]);
    expect(state).toMatchObject({ loading: false, error: offline });
  });
});
