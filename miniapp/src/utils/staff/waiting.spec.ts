import type { WaitingItem } from '@lingjuli/shared';
import { routes } from '@/routes';
import { waitingRows } from '@/utils/staff/waiting';

const item = (kind: WaitingItem['kind'], count: number, extra: Partial<WaitingItem> = {}): WaitingItem => ({ kind, count, countIsLowerBound: false, ...extra });

describe('what waits for the secretary', () => {
  const items: WaitingItem[] = [
    item('rewardApprovals', 1),
    item('secretaryReviews', 0),
    item('overdue', 1000, { countIsLowerBound: true }),
    item('supervised', 0),
    item('departmentScores', 3, { period: { id: 4, name: '2026年第2季度' } }),
  ];

  it('puts what waits first, in the server’s order, with its count and unit; what does not wait after', () => {
    const rows = waitingRows(items);
    expect(rows.map((r) => [r.kind, r.count, r.waiting])).toEqual([
      ['rewardApprovals', '1 件', true],
      ['overdue', '1000+ 件', true],
      ['departmentScores', '3 个', true],
      ['secretaryReviews', '0 件', false],
      ['supervised', '0 件', false],
    ]);
    expect(rows[0].title).toBe('奖励申请待审批');
    expect(rows[2].detail).toBe('2026年第2季度');
  });

  it('leads each to where she acts: a page, or a filter of the queue she is on', () => {
    const targets = Object.fromEntries(
      waitingRows([...items.slice(0, 1), item('secretaryReviews', 2, { appealId: 17 }), ...items.slice(2)]).map((r) => [r.kind, r.target]),
    );
    expect(targets).toEqual({
      rewardApprovals: { page: routes.rewards() },
      secretaryReviews: { page: routes.staffAppeal(17) },
      overdue: { filter: 'overdue' },
      supervised: { filter: 'supervised' },
      departmentScores: { page: routes.evaluation(4) },
    });
    expect(routes.evaluation(4)).toBe('/powers/evaluation/index?periodId=4');
  });
});
