import { addRow, canMove, groupByKind, managementBody, moveRow, removeRow, toEditRows, updateRow } from '@/utils/powers/management';

const items = [
  { kind: 'power' as const, title: '对辖区单位的考评建议权', description: '' },
  { kind: 'resource' as const, title: '社区活动室', description: '可预约' },
  { kind: 'power' as const, title: '居民公约制定', description: '' },
];

describe('management list', () => {
  it('groups items by kind, keeping their places', () => {
    const groups = groupByKind(items);
    expect(groups.map((g) => [g.label, g.rows.map((r) => r.index)])).toEqual([
      ['管理权限', [0, 2]],
      ['可统筹资源', [1]],
    ]);
  });

  it('moves a row among its own kind only', () => {
    const rows = toEditRows(items);
    const moved = moveRow(rows, 2, -1);
    expect(moved.map((r) => r.title)).toEqual(['居民公约制定', '社区活动室', '对辖区单位的考评建议权']);
    expect(canMove(rows, 0, -1)).toBe(false);
    expect(canMove(rows, 0, 1)).toBe(true);
    expect(canMove(rows, 1, 1)).toBe(false);
  });

  it('adds, edits and removes rows, and saves them in the order shown', () => {
    let rows = toEditRows(items);
    rows = addRow(rows, 'resource');
    rows = updateRow(rows, 3, { title: ' 共建单位停车位 ', description: ' 夜间开放 ' });
    rows = removeRow(rows, 0);
    expect(managementBody(rows)).toEqual({
      ok: true,
      body: {
        items: [
          { kind: 'power', title: '居民公约制定', description: '' },
          { kind: 'resource', title: '社区活动室', description: '可预约' },
          { kind: 'resource', title: '共建单位停车位', description: '夜间开放' },
        ],
      },
    });
  });

  it('needs every row’s name', () => {
    const rows = addRow(toEditRows(items), 'power');
    const result = managementBody(rows);
    expect(result.ok ? null : result.errors).toEqual({ 'items.3.title': '请填写名称' });
  });
});
