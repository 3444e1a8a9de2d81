import type { CampaignSummary } from '@lingjuli/shared';
import { usePageRefresh } from '@/hooks/usePageRefresh';
import { useQuery } from '@/hooks/useQuery';
import { campaignsApi } from '@/services/campaigns-api';
import { runningCampaigns } from '@/utils/campaigns/result';

/**
 * The campaigns running in her community now (a liaison sees only those her community takes part in),
 * for her tasks page: each one an entry to report the sites she finds. Nothing while none runs, and
 * nothing on a failure (the rest of her tasks page stands).
 */
export function useRunningCampaigns(enabled: boolean) {
  const query = useQuery<CampaignSummary[]>(async () => (enabled ? runningCampaigns(await campaignsApi.list({ status: 'active' })) : []), [enabled]);
  usePageRefresh(query.reload);
  return query.data ?? [];
}
