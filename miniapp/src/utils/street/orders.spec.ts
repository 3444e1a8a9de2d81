import type { AppealSummary, DispatchOrderInfo } from '@lingjuli/shared';
import { escalatedBySystem, escalationSource, sortByDue, sortOrdersOldestFirst } from '@/utils/street/orders';

const order = (over: Partial<DispatchOrderInfo> = {}): DispatchOrderInfo => ({
  id: 1,
  status: 'pending',
  reason: '私装地锁涉及多户',
  requestedBy: { id: 67, name: '王秀英', role: 'communitySecretary' },
  requestedAt: '2026-11-24T15:14:00.000Z', // 23:14 Beijing
  consultedWith: { id: 3, name: '郑淑芬', role: 'gridSecretary' },
  consultationNote: '会商同意上报',
  dispatchedBy: null,
  dispatchedAt: null,
  assignments: [],
  ...over,
});

const appeal = (id: number, receivedAt: string, dueAt = receivedAt) => ({ id, receivedAt, dueAt }) as AppealSummary;

describe('dispatch orders', () => {
  it('says who sent the order up and when, or that the system did on a breach', () => {
    expect(escalationSource(order())).toBe('社区书记 王秀英 11月24日 23:14 上报');
    expect(escalationSource(order({ requestedBy: null }))).toBe('11月24日 23:14 超时自动上报');
    expect(escalatedBySystem(order({ requestedBy: null }))).toBe(true);
  });

  it('puts the oldest order first, by when it was sent up', () => {
    const rows = [
      { appeal: appeal(1, '2026-11-01T00:00:00Z'), order: order({ requestedAt: '2026-11-25T00:00:00Z' }) },
      { appeal: appeal(2, '2026-11-20T00:00:00Z'), order: order({ requestedAt: '2026-11-21T00:00:00Z' }) },
      { appeal: appeal(3, '2026-11-22T00:00:00Z') },
    ];
    expect(sortOrdersOldestFirst(rows).map((r) => r.appeal.id)).toEqual([2, 3, 1]);
  });

  it('sorts a queue soonest due first', () => {
    const items = [appeal(5, '', '2026-11-28T00:00:00Z'), appeal(4, '', '2026-11-27T00:00:00Z'), appeal(3, '', '2026-11-28T00:00:00Z')];
    expect(sortByDue(items).map((a) => a.id)).toEqual([4, 3, 5]);
  });
});
