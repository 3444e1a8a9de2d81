import type { DispatchOrderInfo } from '@lingjuli/shared';
import { summary } from '@/utils/staff/fixtures';
import { viewRows } from '@/utils/desk/table';
import { DEADLINE_FIRST, PENDING_ORDERS_TABLE, STREET_APPEALS_TABLE, TIER_OPTIONS, orderSource } from '@/utils/desk/street-tables';

const order = (over: Partial<DispatchOrderInfo> = {}): DispatchOrderInfo => ({
  id: 1,
  status: 'pending',
  reason: '私装地锁涉及多户，需执法队',
  requestedBy: { id: 67, name: '王秀英', role: 'communitySecretary' },
  requestedAt: '2026-03-01T15:14:00.000Z',
  consultedWith: null,
  consultationNote: '',
  dispatchedBy: null,
  dispatchedAt: null,
  assignments: [],
  ...over,
});

// Overdue (most overdue first), then in time by deadline; one in another community, one without its order read yet.
const rows = [
  { appeal: summary({ id: 1, dueAt: '2026-03-03T02:00:00.000Z', tier: 'ordinary', category: 'parking' }), order: order({ id: 11 }) },
  {
    appeal: summary({ id: 2, dueAt: '2026-03-01T02:00:00.000Z', overdue: true }),
    order: order({ id: 12, requestedBy: null, reason: '超时未办结，系统自动上报街道指挥分中心' }),
  },
  {
    appeal: summary({ id: 3, dueAt: '2026-03-02T02:00:00.000Z', communityId: 2, communityName: '示例社区二', tier: 'complex' }),
    order: order({ id: 13, requestedAt: '2026-03-02T01:00:00.000Z' }),
  },
  { appeal: summary({ id: 4, dueAt: '2026-02-28T02:00:00.000Z', overdue: true, summary: '小区门口私搭乱建' }) },
];
const ids = (list: readonly { appeal: { id: number } }[]) => list.map((r) => r.appeal.id);
const view = (over = {}) => ({ sort: DEADLINE_FIRST, filters: {}, search: '', ...over });

describe('the desk tables of the street', () => {
  it('opens the orders overdue first, then soonest due; the other way at a second click', () => {
    expect(ids(viewRows(rows, PENDING_ORDERS_TABLE, view()))).toEqual([4, 2, 3, 1]);
    expect(ids(viewRows(rows, PENDING_ORDERS_TABLE, view({ sort: { key: 'deadline', direction: 'desc' } })))).toEqual([1, 3, 2, 4]);
  });

  it('sorts by tier from the most urgent, by when it was sent up (not yet read: last), by source', () => {
    expect(ids(viewRows(rows, PENDING_ORDERS_TABLE, view({ sort: { key: 'tier', direction: 'asc' } })))).toEqual([2, 4, 1, 3]);
    expect(ids(viewRows(rows, PENDING_ORDERS_TABLE, view({ sort: { key: 'requestedAt', direction: 'desc' } })))).toEqual([3, 1, 2, 4]);
    const bySource = ids(viewRows(rows, PENDING_ORDERS_TABLE, view({ sort: { key: 'source', direction: 'asc' } })));
    expect(bySource.at(-1)).toBe(4);
  });

  it('filters by community and tier and searches the words and the reason', () => {
    expect(ids(viewRows(rows, PENDING_ORDERS_TABLE, view({ filters: { community: '2' } })))).toEqual([3]);
    expect(ids(viewRows(rows, PENDING_ORDERS_TABLE, view({ filters: { tier: 'emergency' } })))).toEqual([4, 2]);
    expect(ids(viewRows(rows, PENDING_ORDERS_TABLE, view({ search: '地锁' })))).toEqual([3, 1]);
    expect(ids(viewRows(rows, PENDING_ORDERS_TABLE, view({ search: '私搭' })))).toEqual([4]);
    expect(TIER_OPTIONS.map((o) => o.label)).toEqual(['紧急', '水电气热', '一般', '复杂疑难']);
  });

  it('names where an order came from', () => {
    expect(orderSource(order())).toEqual({ system: false, label: '社区上报', by: '王秀英' });
    expect(orderSource(order({ requestedBy: null }))).toEqual({ system: true, label: '系统超时上报', by: null });
  });

  it("sorts the street's appeals by deadline and by lead department (not read yet: last)", () => {
    const appeals = [
      {
        appeal: summary({ id: 7, dueAt: '2026-03-04T00:00:00.000Z' }),
        order: order({ assignments: [{ departmentId: 1, departmentName: '综合行政执法队', role: 'lead' } as never] }),
      },
      { appeal: summary({ id: 8, dueAt: '2026-03-01T00:00:00.000Z', overdue: true }) },
      {
        appeal: summary({ id: 9, dueAt: '2026-03-02T00:00:00.000Z' }),
        order: order({ assignments: [{ departmentId: 2, departmentName: '城市管理办公室', role: 'lead' } as never] }),
      },
    ];
    expect(ids(viewRows(appeals, STREET_APPEALS_TABLE, view()))).toEqual([8, 9, 7]);
    expect(ids(viewRows(appeals, STREET_APPEALS_TABLE, view({ sort: { key: 'lead', direction: 'asc' } }))).at(-1)).toBe(8);
    expect(ids(viewRows(appeals, STREET_APPEALS_TABLE, view({ search: '执法' })))).toEqual([7]);
  });
});
