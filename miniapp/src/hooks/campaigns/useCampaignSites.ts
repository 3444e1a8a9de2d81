import type { CampaignSiteInfo, CampaignSiteStatus } from '@lingjuli/shared';
import { useState } from 'react';
import { pagingOf, usePagedList } from '@/hooks/usePagedList';
import { useFixPhotos } from '@/hooks/staff/useFixPhotos';
import { useSubmit } from '@/hooks/useSubmit';
import { campaignsApi } from '@/services/campaigns-api';
import { numberedPage, pageOfCursor } from '@/utils/campaigns/lists';
import { clearBody } from '@/utils/campaigns/site-form';
import { toast } from '@/utils/navigation';

export type SiteFilter = 'all' | CampaignSiteStatus;

export const SITE_FILTERS: readonly { key: SiteFilter; label: string }[] = [
  { key: 'all', label: '全部' },
  { key: 'open', label: '待整治' },
  { key: 'cleared', label: '已整治' },
];

const NO_SITES = { items: [] as CampaignSiteInfo[], nextCursor: null };

/**
 * A campaign's sites in her view (the street and a unit taking part: all; a community: its own; a
 * liaison: those she reported), newest first, 50 a page, by state and community; and clearing one
 * (how many, what was done, photos), once.
 */
export function useCampaignSites(campaignId: number, enabled: boolean, onChanged: () => void) {
  const [status, setStatus] = useState<SiteFilter>('all');
  const [communityId, setCommunityId] = useState<number | null>(null);
  const list = usePagedList<CampaignSiteInfo>(
    async (cursor) => {
      if (!enabled || campaignId <= 0) return NO_SITES;
      const page = await campaignsApi.sites(campaignId, {
        page: pageOfCursor(cursor),
        ...(status === 'all' ? {} : { status }),
        ...(communityId === null ? {} : { communityId }),
      });
      return numberedPage(page);
    },
    [enabled, campaignId, status, communityId],
  );

  // 整治: the site being cleared, and the form.
  const [clearing, setClearing] = useState<CampaignSiteInfo | null>(null);
  const [count, setCount] = useState('');
  const [note, setNote] = useState('');
  const fix = useFixPhotos();
  const clearer = useSubmit();
  const startClearing = (site: CampaignSiteInfo) => {
    clearer.reset();
    fix.clear();
    setCount(String(site.count));
    setNote('');
    setClearing(site);
  };
  const clear = () =>
    clearing
      ? clearer.run(
          clearBody(clearing, count, note, fix.attachmentIds),
          (body) => campaignsApi.clearSite(clearing.id, body),
          () => {
            setClearing(null);
            fix.clear();
            toast('已记录整治');
            void list.reload();
            onChanged();
          },
          (e) => {
            // Cleared by someone else meanwhile, or the campaign finished: show it as it is.
            if (e.code === 'CAMPAIGN_SITE_CLEARED' || e.code === 'CAMPAIGN_NOT_ACTIVE') {
              setClearing(null);
              void list.reload();
              onChanged();
            }
          },
        )
      : Promise.resolve(false);

  return {
    rows: list.rows,
    total: list.total,
    status,
    setStatus,
    communityId,
    setCommunityId,
    ...pagingOf(list),
    clearing,
    startClearing,
    stopClearing: () => setClearing(null),
    count,
    setCount,
    note,
    setNote,
    fix,
    clear,
    clearer,
  };
}
