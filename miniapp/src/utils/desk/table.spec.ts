import { matchesSearch, nextSort, optionsFrom, sortRows, viewRows, type TableModel } from '@/utils/desk/table';

interface Row {
  id: number;
  community: string;
  due: number;
  late: boolean;
  text: string;
  reportedAt: number | null;
}

const rows: Row[] = [
  { id: 1, community: '万寿路社区', due: 300, late: false, text: '楼道灯不亮', reportedAt: 10 },
  { id: 2, community: '翠微路社区', due: 100, late: true, text: '私搭乱建 占消防通道', reportedAt: null },
  { id: 3, community: '万寿路社区', due: 200, late: true, text: '噪音扰民', reportedAt: 30 },
  { id: 4, community: '复兴路社区', due: 200, late: false, text: '私搭乱建', reportedAt: 20 },
];

const model: TableModel<Row> = {
  sortValues: {
    deadline: (r) => [r.late ? 0 : 1, r.due],
    community: (r) => r.community,
    reported: (r) => r.reportedAt,
  },
  filterValues: { community: (r) => r.community },
  searchTexts: (r) => [r.text, r.community],
};

const ids = (list: readonly Row[]) => list.map((r) => r.id);

describe('desk tables: sorting', () => {
  it('sorts overdue first, then by deadline, and the other way round', () => {
    expect(ids(sortRows(rows, model.sortValues.deadline, 'asc'))).toEqual([2, 3, 4, 1]);
    expect(ids(sortRows(rows, model.sortValues.deadline, 'desc'))).toEqual([1, 4, 3, 2]);
  });

  it('keeps the rows’ own order on ties and puts values not known last either way', () => {
    const sameDue = [rows[3], rows[2]].map((r) => ({ ...r, late: false }));
    expect(ids(sortRows(sameDue, model.sortValues.deadline, 'asc'))).toEqual([4, 3]);
    expect(ids(sortRows(rows, model.sortValues.reported, 'asc'))).toEqual([1, 4, 3, 2]);
    expect(ids(sortRows(rows, model.sortValues.reported, 'desc'))).toEqual([3, 4, 1, 2]);
  });

  it('sorts texts in the Chinese collation, equal ones kept in their own order either way', () => {
    const order = [...new Set(rows.map((r) => r.community))].sort(new Intl.Collator('zh-CN').compare);
    const grouped = (communities: string[]) => communities.flatMap((c) => rows.filter((r) => r.community === c).map((r) => r.id));
    expect(ids(sortRows(rows, model.sortValues.community, 'asc'))).toEqual(grouped(order));
    expect(ids(sortRows(rows, model.sortValues.community, 'desc'))).toEqual(grouped([...order].reverse()));
  });

  it('a header click sorts by that column ascending, a second click descending, a third ascending again', () => {
    const first = nextSort(null, 'due');
    expect(first).toEqual({ key: 'due', direction: 'asc' });
    const second = nextSort(first, 'due');
    expect(second).toEqual({ key: 'due', direction: 'desc' });
    expect(nextSort(second, 'due')).toEqual({ key: 'due', direction: 'asc' });
    expect(nextSort(second, 'community')).toEqual({ key: 'community', direction: 'asc' });
  });
});

describe('desk tables: filters and search', () => {
  it('matches every word of the search, in any text, ignoring case and spaces', () => {
    expect(matchesSearch(['私搭乱建 占消防通道'], ' 私搭  通道 ')).toBe(true);
    expect(matchesSearch(['私搭乱建'], '私搭 通道')).toBe(false);
    expect(matchesSearch(['Lift BROKEN'], 'lift broken')).toBe(true);
    expect(matchesSearch([null, undefined], '')).toBe(true);
  });

  it('filters, searches and sorts together; a filter without a value leaves all', () => {
    const view = { sort: { key: 'deadline', direction: 'asc' as const }, filters: { community: '万寿路社区' }, search: '' };
    expect(ids(viewRows(rows, model, view))).toEqual([3, 1]);
    expect(ids(viewRows(rows, model, { ...view, filters: { community: null }, search: '私搭' }))).toEqual([2, 4]);
    expect(ids(viewRows(rows, model, { sort: null, filters: {}, search: '' }))).toEqual([1, 2, 3, 4]);
    expect(ids(viewRows(rows, model, { ...view, filters: { unknown: 'x' } }))).toEqual([2, 3, 4, 1]);
  });

  it('offers each value of a filter once, in label order', () => {
    expect(
      optionsFrom(
        rows,
        (r) => r.community,
        (r) => r.community,
      ).map((o) => o.value),
    ).toHaveLength(3);
    const tiers = optionsFrom(
      [{ t: 'b' }, { t: 'a' }, { t: 'b' }],
      (r) => r.t,
      (r) => r.t.toUpperCase(),
    );
    expect(tiers).toEqual([
      { value: 'a', label: 'A' },
      { value: 'b', label: 'B' },
    ]);
  });
});
