import { hasPermission, type CampaignCommunityProgress, type CampaignSummary } from '@lingjuli/shared';
import { useMemo, useState } from 'react';
import { usePageRefresh } from '@/hooks/usePageRefresh';
import { useQuery } from '@/hooks/useQuery';
import { campaignsApi } from '@/services/campaigns-api';
import type { Session } from '@/state/session';
import { groupCampaigns, progressIds, type CampaignFilter } from '@/utils/campaigns/lists';

/** The list reads the progress per community of this many running or finished campaigns (a detail each); the rest show their total. */
const PROGRESS_SHOWN_FOR = 10;

/**
 * The campaigns in her view (the street: all; a community: those it takes part in; a unit: those it
 * joins), grouped running / planned / finished, with the progress per community of the running and
 * finished ones.
 */
export function useCampaigns(session: Session | null) {
  const role = session?.user.role;
  const [filter, setFilter] = useState<CampaignFilter>('all');
  const list = useQuery<CampaignSummary[]>(() => (role ? campaignsApi.list(filter === 'all' ? {} : { status: filter }) : Promise.resolve([])), [role, filter]);
  const rows = useMemo(() => list.data ?? [], [list.data]);
  const ids = progressIds(rows, PROGRESS_SHOWN_FOR);
  const details = useQuery<Map<number, CampaignCommunityProgress[]>>(async () => {
    if (!ids.length) return new Map();
    const answers = await Promise.all(
      ids.map((id) =>
        campaignsApi
          .get(id)
          .then((d): [number, CampaignCommunityProgress[]] => [id, d.progress])
          .catch(() => null),
      ),
    );
    return new Map(answers.filter((a): a is [number, CampaignCommunityProgress[]] => a !== null));
  }, [ids.join(',')]);
  usePageRefresh(async () => {
    await Promise.all([list.reload(), details.reload()]);
  });

  const groups = useMemo(() => groupCampaigns(rows), [rows]);
  return {
    groups,
    rows,
    filter,
    setFilter,
    progress: details.data ?? new Map<number, CampaignCommunityProgress[]>(),
    loading: list.loading && !list.data,
    error: list.error,
    reload: list.reload,
    canCreate: !!role && hasPermission(role, 'campaign.manage'),
  };
}
