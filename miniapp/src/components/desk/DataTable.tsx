import type { ReactNode } from 'react';
import type { ApiError } from '@/services/http';
import type { FilterOption, TableSort } from '@/utils/desk/table';
import './DataTable.scss';

/**
 * The desk's table (browser build only: plain HTML elements). Only desk pages import it, through
 * modules the WeChat build swaps for empty ones (StreetDesks.tsx), so it is in no package of the
 * mini-program. Controlled: the hook that feeds it keeps the sort, filters, search and pages
 * (useTableView, usePagedList).
 */

export interface DataColumn<T> {
  key: string;
  title: string;
  cell: (row: T) => ReactNode;
  /** A header click sorts by this column (its sort value is in the table's model). */
  sortable?: boolean;
  /** A CSS width, e.g. '120px'. */
  width?: string;
  /** What the column means (a measure's definition): the header's tooltip, marked ⓘ. */
  hint?: string;
}

export interface DataFilter {
  key: string;
  /** The label of "all", e.g. 全部社区. */
  allLabel: string;
  label: string;
  value: string | null;
  options: readonly FilterOption[];
  onChange: (value: string | null) => void;
}

export interface DataPaging {
  hasMore: boolean;
  loading: boolean;
  error: ApiError | null;
  onMore: () => void;
  /** E.g. 加载更多（已显示 50 单）. */
  label: string;
}

export interface DataTableProps<T> {
  /** The table's id; its parts are `<id>-search`, `<id>-filter-<key>`, `<id>-more`. */
  id: string;
  columns: readonly DataColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T) => number;
  sort: TableSort | null;
  onSort: (key: string) => void;
  onRowClick?: (row: T) => void;
  /** Extra class of a row, e.g. its deadline state. */
  rowClass?: (row: T) => string;
  filters?: readonly DataFilter[];
  search?: { value: string; onChange: (value: string) => void; placeholder: string };
  /** What the rows are, in words (counts), shown at the end of the toolbar. */
  summary?: ReactNode;
  loading?: boolean;
  error?: ApiError | null;
  onRetry?: () => void;
  empty: string;
  paging?: DataPaging;
}

const ARROWS = { asc: '▲', desc: '▼' } as const;

export function DataTable<T>({
  id,
  columns,
  rows,
  rowKey,
  sort,
  onSort,
  onRowClick,
  rowClass,
  filters = [],
  search,
  summary,
  loading,
  error,
  onRetry,
  empty,
  paging,
}: DataTableProps<T>) {
  return (
    <div className='data-table' id={id}>
      <div className='data-table__toolbar'>
        {filters.map((f) => (
          <label key={f.key} className='data-table__filter'>
            <span className='data-table__filter-label'>{f.label}</span>
            <select id={`${id}-filter-${f.key}`} value={f.value ?? ''} onChange={(e) => f.onChange(e.target.value === '' ? null : e.target.value)}>
              <option value=''>{f.allLabel}</option>
              {f.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
        ))}
        {search && (
          <input
            id={`${id}-search`}
            className='data-table__search'
            type='search'
            value={search.value}
            placeholder={search.placeholder}
            onChange={(e) => search.onChange(e.target.value)}
          />
        )}
        {summary !== undefined && <span className='data-table__summary'>{summary}</span>}
      </div>

      {error && (
        <div className='data-table__notice data-table__notice--error'>
          {error.message}
          {onRetry && (
            <button type='button' className='data-table__button' onClick={onRetry}>
              重试
            </button>
          )}
        </div>
      )}

      <div className='data-table__scroll'>
        <table className='data-table__table'>
          <thead>
            <tr>
              {columns.map((c) => {
                const sorted = sort?.key === c.key ? sort.direction : null;
                return (
                  <th
                    key={c.key}
                    style={c.width ? { width: c.width } : undefined}
                    className={`${c.sortable ? 'data-table__th--sortable' : ''} ${sorted ? 'data-table__th--sorted' : ''}`}
                    data-key={c.key}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                    onClick={c.sortable ? () => onSort(c.key) : undefined}
                    title={c.hint}
                  >
                    {c.title}
                    {c.hint && <span className='data-table__hint'>ⓘ</span>}
                    {c.sortable && <span className='data-table__arrow'>{sorted ? ARROWS[sorted] : '↕'}</span>}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={rowKey(row)}
                data-id={rowKey(row)}
                className={`${onRowClick ? 'data-table__row--link' : ''} ${rowClass?.(row) ?? ''}`}
                onClick={onRowClick ? () => onRowClick(row) : undefined}
              >
                {columns.map((c) => (
                  <td key={c.key} data-key={c.key}>
                    {c.cell(row)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {loading && rows.length === 0 && <div className='data-table__notice'>加载中…</div>}
        {!loading && !error && rows.length === 0 && <div className='data-table__notice'>{empty}</div>}
      </div>

      {paging?.hasMore && (
        <div className='data-table__more'>
          {paging.error && <span className='data-table__more-error'>{paging.error.message}（已显示的内容不受影响）</span>}
          <button id={`${id}-more`} type='button' className='data-table__button' disabled={paging.loading} onClick={paging.onMore}>
            {paging.loading ? '加载中…' : paging.error ? '重新加载下一页' : paging.label}
          </button>
        </div>
      )}
    </div>
  );
}
