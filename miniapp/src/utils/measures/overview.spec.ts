import type { CommunityOverviewRow } from '@lingjuli/shared';
import { viewRows } from '@/utils/desk/table';
import { BY_RANK, OVERVIEW_TABLE, trendChange } from '@/utils/measures/overview';

const row = (id: number, name: string, satisfaction: number | null, rank: number | null, trend: (number | null)[] = []): CommunityOverviewRow => ({
  communityId: id,
  communityName: name,
  gridId: 1,
  rates: { responseRate: 1, resolutionRate: satisfaction, satisfactionRate: satisfaction },
  composite: rank === null ? null : 100 - rank,
  rank,
  previousRank: null,
  rankChange: null,
  ratings: satisfaction === null ? 0 : 2,
  deadlinesDue: 1,
  open: id,
  overdue: 0,
  trend: trend.map((c, i) => ({ month: `2026-0${i + 1}`, rates: { responseRate: null, resolutionRate: null, satisfactionRate: null }, composite: c })),
});

describe('社区总览 at the desk', () => {
  const rows = [row(1, '示例社区01', 1, 1), row(2, '示例社区02', null, 3), row(3, '示例社区03', 0, 2), row(4, '示例社区04', 0.5, null)];
  const sorted = (key: string, direction: 'asc' | 'desc') =>
    viewRows(rows, OVERVIEW_TABLE, { sort: { key, direction }, filters: {}, search: '' }).map((r) => r.communityId);

  it('sorts by satisfaction, the worst first, communities without ratings last either way', () => {
    expect(sorted('satisfactionRate', 'asc')).toEqual([3, 4, 1, 2]);
    expect(sorted('satisfactionRate', 'desc')).toEqual([1, 4, 3, 2]);
  });

  it('opens by rank, the unranked last, and sorts by any other column', () => {
    expect(sorted(BY_RANK.key, BY_RANK.direction)).toEqual([1, 3, 2, 4]);
    expect(sorted('open', 'desc')).toEqual([4, 3, 2, 1]);
    expect(sorted('community', 'desc')).toEqual([4, 3, 2, 1]);
  });

  it("sorts the sparkline by the composite's change over the year", () => {
    expect(trendChange(row(1, 'a', 1, 1, [null, 60, null, 80]))).toBe(20);
    expect(trendChange(row(1, 'a', 1, 1, [null, 60, null]))).toBeNull();
  });
});
