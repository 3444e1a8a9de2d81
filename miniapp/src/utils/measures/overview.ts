import type { CommunityOverviewRow } from '@lingjuli/shared';
import type { TableModel, TableSort } from '@/utils/desk/table';

/**
 * 社区总览 at the desk: how each column sorts. A rate or score without data sorts last either way
 * (sortRows), so 满意率 ascending puts the worst community with ratings first.
 */

/** The composite's change over the twelve months: the last month with a score minus the first (null with fewer than two). */
export function trendChange(row: Pick<CommunityOverviewRow, 'trend'>): number | null {
  const scores = row.trend.map((m) => m.composite).filter((c): c is number => c !== null);
  return scores.length < 2 ? null : scores[scores.length - 1] - scores[0];
}

export const OVERVIEW_TABLE: TableModel<CommunityOverviewRow> = {
  sortValues: {
    rank: (r) => r.rank,
    rankChange: (r) => r.rankChange,
    community: (r) => r.communityName,
    responseRate: (r) => r.rates.responseRate,
    resolutionRate: (r) => r.rates.resolutionRate,
    satisfactionRate: (r) => r.rates.satisfactionRate,
    composite: (r) => r.composite,
    ratings: (r) => r.ratings,
    open: (r) => r.open,
    overdue: (r) => r.overdue,
    trend: trendChange,
  },
  searchTexts: (r) => [r.communityName],
};

/** The overview opens by rank, best first (the server's order). */
export const BY_RANK: TableSort = { key: 'rank', direction: 'asc' };
