import { useCallback, useMemo, useState } from 'react';
import { nextSort, viewRows, type TableModel, type TableSort } from '@/utils/desk/table';

/**
 * A desk table's view of rows already loaded: the column it is sorted by (a header click sorts by it,
 * a second the other way), the filters chosen and the search, and the rows they leave. `model`
 * must not change between renders (a module constant).
 */
export function useTableView<T>(rows: readonly T[], model: TableModel<T>, initialSort: TableSort | null) {
  const [sort, setSort] = useState<TableSort | null>(initialSort);
  const [filters, setFilters] = useState<Record<string, string | null>>({});
  const [search, setSearch] = useState('');

  const shown = useMemo(() => viewRows(rows, model, { sort, filters, search }), [rows, model, sort, filters, search]);
  const toggleSort = useCallback((key: string) => setSort((current) => nextSort(current, key)), []);
  const setFilter = useCallback((key: string, value: string | null) => setFilters((current) => ({ ...current, [key]: value })), []);

  return { rows: shown, sort, setSort, toggleSort, filters, setFilter, search, setSearch, narrowed: shown.length !== rows.length };
}
