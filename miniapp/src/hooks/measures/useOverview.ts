import { useTableView } from '@/hooks/desk/useTableView';
import { usePageRefresh } from '@/hooks/usePageRefresh';
import { useQuery } from '@/hooks/useQuery';
import { api } from '@/services/api';
import { BY_RANK, OVERVIEW_TABLE } from '@/utils/measures/overview';
import type { CommunityOverviewRow } from '@lingjuli/shared';

const NONE: CommunityOverviewRow[] = [];

/** 社区总览: the communities of the street (or her grid) for a month, ranked, and the table's sort and search over them. */
export function useOverview(month: string, enabled: boolean) {
  const overview = useQuery(() => (enabled ? api.measures.overview(month) : Promise.resolve(undefined)), [enabled, month]);
  usePageRefresh(overview.reload);
  const table = useTableView(overview.data?.communities ?? NONE, OVERVIEW_TABLE, BY_RANK);
  return { overview, table };
}
