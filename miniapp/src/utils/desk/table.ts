/**
 * What a desk table shows of its rows: sorted by a column (header click: ascending, then descending),
 * narrowed by filters (the row's value for a filter equals the one chosen) and a search (every word
 * in one of the row's texts). Pure, so DataTable and the hooks that feed it stay thin.
 */

export type SortDirection = 'asc' | 'desc';

export interface TableSort {
  key: string;
  direction: SortDirection;
}

/** A cell's value for sorting: a number (times as milliseconds), a text, a tuple of them, or null (not known: last). */
export type SortValue = number | string | null | readonly (number | string)[];

export interface TableModel<T> {
  /** How each sortable column sorts. */
  sortValues: Readonly<Record<string, (row: T) => SortValue>>;
  /** The row's value for each filter (compared with the value chosen). */
  filterValues?: Readonly<Record<string, (row: T) => string>>;
  /** The texts the search looks in. */
  searchTexts?: (row: T) => readonly (string | null | undefined)[];
}

export interface TableView {
  sort: TableSort | null;
  /** Filter key → the value chosen (null: all). */
  filters: Readonly<Record<string, string | null>>;
  search: string;
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

function compareScalar(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/** Two values in ascending order; a tuple element by element. Null is not compared here (see sortRows). */
export function compareValues(a: Exclude<SortValue, null>, b: Exclude<SortValue, null>): number {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const c = compareScalar(a[i] as number | string, b[i] as number | string);
      if (c !== 0) return c;
    }
    return a.length - b.length;
  }
  return compareScalar(a as number | string, b as number | string);
}

/** The rows by `value` in `direction`; values not known (null) last either way; ties keep the rows' own order (the server's). */
export function sortRows<T>(rows: readonly T[], value: (row: T) => SortValue, direction: SortDirection): T[] {
  const sign = direction === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, key: value(row) }))
    .sort((x, y) => {
      if (x.key === null || y.key === null) return x.key === y.key ? x.index - y.index : x.key === null ? 1 : -1;
      return sign * compareValues(x.key, y.key) || x.index - y.index;
    })
    .map((x) => x.row);
}

/** After a click on a column's header: that column ascending, or the other way if it already sorts the table. */
export function nextSort(current: TableSort | null, key: string): TableSort {
  if (current?.key === key) return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { key, direction: 'asc' };
}

/** Whether every word of `query` is in one of `texts` (ignoring case); an empty query matches everything. */
export function matchesSearch(texts: readonly (string | null | undefined)[], query: string): boolean {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = texts.filter(Boolean).join('\n').toLowerCase();
  return words.every((w) => haystack.includes(w));
}

/** The rows shown: filtered, searched, then sorted (without a sort, in their own order). */
export function viewRows<T>(rows: readonly T[], model: TableModel<T>, view: TableView): T[] {
  const filters = Object.entries(view.filters).filter((entry): entry is [string, string] => entry[1] !== null && !!model.filterValues?.[entry[0]]);
  const kept = rows.filter(
    (row) =>
      filters.every(([key, chosen]) => model.filterValues![key](row) === chosen) && (!model.searchTexts || matchesSearch(model.searchTexts(row), view.search)),
  );
  const by = view.sort ? model.sortValues[view.sort.key] : undefined;
  return by && view.sort ? sortRows(kept, by, view.sort.direction) : kept;
}

export interface FilterOption {
  value: string;
  label: string;
}

/** A filter's choices from the rows at hand: each value once, with its label, in label order. */
export function optionsFrom<T>(rows: readonly T[], value: (row: T) => string, label: (row: T) => string): FilterOption[] {
  const seen = new Map<string, string>();
  for (const row of rows) if (!seen.has(value(row))) seen.set(value(row), label(row));
  return [...seen].map(([v, l]) => ({ value: v, label: l })).sort((a, b) => collator.compare(a.label, b.label));
}
