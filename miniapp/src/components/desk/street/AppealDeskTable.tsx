import type { AppealSummary } from '@lingjuli/shared';
import { DataTable, type DataTableProps } from '@/components/desk/DataTable';
import { deadlineRowClass } from '@/components/desk/street/DeadlineCell';
import type { useTableView } from '@/hooks/desk/useTableView';
import type { pagingOf } from '@/hooks/usePagedList';

/** A desk hook's list of appeal rows: the loaded pages and the table's view of them. */
export type AppealDeskList<T> = ReturnType<typeof pagingOf> & { table: ReturnType<typeof useTableView<T>> };

export interface AppealDeskTableProps<T extends { appeal: AppealSummary }> extends Pick<
  DataTableProps<T>,
  'id' | 'columns' | 'onRowClick' | 'filters' | 'summary' | 'empty'
> {
  list: AppealDeskList<T>;
  now: Date;
  searchPlaceholder: string;
  /** The 加载更多 button's words, with the counts. */
  moreLabel: string;
}

/**
 * A desk table of appeals fed by a paged list (usePagedList + useTableView): each row coloured by its
 * deadline, the view's sort and search, loading, retry and 加载更多 wired the same way on every desk page.
 */
export function AppealDeskTable<T extends { appeal: AppealSummary }>({ list, now, searchPlaceholder, moreLabel, ...table }: AppealDeskTableProps<T>) {
  const view = list.table;
  return (
    <DataTable
      {...table}
      rows={view.rows}
      rowKey={(r) => r.appeal.id}
      rowClass={(r) => deadlineRowClass(r.appeal, now)}
      sort={view.sort}
      onSort={view.toggleSort}
      search={{ value: view.search, onChange: view.setSearch, placeholder: searchPlaceholder }}
      loading={list.loading}
      error={list.error}
      onRetry={() => void list.reload()}
      paging={{ hasMore: list.hasMore, loading: list.loadingMore, error: list.moreError, onMore: () => void list.loadMore(), label: moreLabel }}
    />
  );
}

/** The counts of a list the server counts: what the table shows of it, and the 加载更多 button's words. */
export function countedList(list: { table: { narrowed: boolean; rows: readonly unknown[] }; loaded: number }, total: string) {
  const { narrowed, rows } = list.table;
  return {
    summary: list.loaded > 0 && `${narrowed ? `搜索到 ${rows.length} 条 / ` : ''}已加载 ${list.loaded} / 共 ${total} 条`,
    moreLabel: `加载更多（已加载 ${list.loaded} / ${total}）`,
  };
}
