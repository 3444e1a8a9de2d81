import type { CurrentUser, MeasureScopeKind, MeasureSource, MonthFigures, ScopeMeasures } from '@lingjuli/shared';
import { usePageRefresh } from '@/hooks/usePageRefresh';
import { useQuery } from '@/hooks/useQuery';
import { api } from '@/services/api';
import { twelveMonths } from '@/utils/measures/format';
import { trendSource } from '@/utils/measures/scope';
import { monthFiguresOf } from '@/utils/measures/trend';

export interface ScopeWanted {
  /** Left out: the caller's own scope (a community secretary's community). */
  kind?: MeasureScopeKind;
  id?: number | null;
  month: string;
  /** All appeals, or the 12345 work orders alone (as the city judges the street). */
  source: MeasureSource;
}

/** The twelve months up to `month` of the scope the figures are of (see trendSource). */
async function loadTrend(user: CurrentUser, figures: ScopeMeasures, month: string): Promise<MonthFigures[]> {
  const scope = { kind: figures.scope.kind, id: figures.scope.id };
  const from = trendSource(user, scope);
  if (from.from === 'overview') {
    const overview = await api.measures.overview(month, figures.source);
    if (from.communityId === null) return overview.trend;
    const row = overview.communities.find((c) => c.communityId === from.communityId);
    if (row) return row.trend;
  }
  const query = (m: string) => ({ scope: scope.kind, ...(scope.id !== null ? { id: scope.id } : {}), month: m, source: figures.source });
  return Promise.all(twelveMonths(month).map(async (m) => monthFiguresOf(m, await api.measures.figures(query(m)))));
}

/**
 * 指标: one scope's figures for a month (the street median beside a community's), and its twelve
 * months for the chart, read once the scope is known.
 */
export function useScopeFigures(user: CurrentUser | null, wanted: ScopeWanted) {
  const enabled = !!user;
  const figures = useQuery(
    () =>
      enabled
        ? api.measures.figures({
            ...(wanted.kind ? { scope: wanted.kind } : {}),
            ...(wanted.id ? { id: wanted.id } : {}),
            month: wanted.month,
            source: wanted.source,
          })
        : Promise.resolve(undefined),
    [enabled, wanted.kind, wanted.id, wanted.month, wanted.source],
  );
  const data = figures.data;
  const trend = useQuery(
    () => (user && data ? loadTrend(user, data, wanted.month) : Promise.resolve(undefined)),
    [user?.id, data?.scope.kind, data?.scope.id, data?.source, wanted.month, !!data],
  );
  usePageRefresh(async () => {
    await figures.reload();
    await trend.reload();
  });
  return { figures, trend };
}
