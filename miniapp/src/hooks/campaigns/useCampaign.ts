import { CAMPAIGN_LIMITS, hasPermission, type CampaignAction, type CampaignDetail } from '@lingjuli/shared';
import { useEffect, useState } from 'react';
import { useQuery } from '@/hooks/useQuery';
import { useSubmit } from '@/hooks/useSubmit';
import { campaignsApi } from '@/services/campaigns-api';
import type { Session } from '@/state/session';
import { suggestedSummary } from '@/utils/campaigns/result';
import { checked, collect, requiredTitle } from '@/utils/powers/check';
import { toast } from '@/utils/navigation';

/**
 * One campaign as staff see it: its communities and units, the progress per community in her view,
 * and the street's moves — 启动 after a confirm, 结束 with the result the public reads (the words
 * start from the counts).
 */
export function useCampaign(id: number, session: Session | null) {
  const role = session?.user.role;
  const enabled = !!session && id > 0;
  const detail = useQuery<CampaignDetail | null>(() => (enabled ? campaignsApi.get(id) : Promise.resolve(null)), [enabled, id]);
  const [campaign, setCampaign] = useState<CampaignDetail | null>(null);
  useEffect(() => {
    if (detail.data) setCampaign(detail.data);
  }, [detail.data]);

  // The move being confirmed: 启动 (a confirm) or 结束 (with the result).
  const [moving, setMoving] = useState<CampaignAction | null>(null);
  const [summary, setSummary] = useState('');
  const mover = useSubmit();
  const open = (action: CampaignAction) => {
    mover.reset();
    if (action === 'finish' && campaign) setSummary((s) => s || suggestedSummary(campaign));
    setMoving(action);
  };
  const refused = (e: { code: string }) => {
    // Moved meanwhile (someone else started or finished it): show it as it is.
    if (e.code === 'CAMPAIGN_TRANSITION_NOT_ALLOWED') {
      setMoving(null);
      void detail.reload();
    }
  };
  const move = () => {
    if (moving === 'start')
      return mover.run(
        checked({}, () => undefined),
        () => campaignsApi.start(id),
        (c) => {
          setCampaign(c);
          setMoving(null);
          toast('已启动');
        },
        refused,
      );
    return mover.run(
      checked(collect({ resultSummary: requiredTitle(summary, '整治结果', CAMPAIGN_LIMITS.resultSummary) }), () => ({ resultSummary: summary.trim() })),
      (body) => campaignsApi.finish(id, body),
      (c) => {
        setCampaign(c);
        setMoving(null);
        toast('已结束');
      },
      refused,
    );
  };

  return {
    campaign,
    loading: detail.loading && !campaign,
    error: campaign ? null : detail.error,
    reload: detail.reload,
    /** The unit's staff and the community's may clear its sites while it runs (the server says which sites are theirs). */
    canClear: !!role && hasPermission(role, 'campaignSite.clear') && campaign?.status === 'active',
    /** Several communities in her view: each site names its community, and the sites can be narrowed to one. */
    manyCommunities: (campaign?.progress.length ?? 0) > 1,
    moving,
    open,
    close: () => setMoving(null),
    summary,
    setSummary,
    move,
    mover,
  };
}
