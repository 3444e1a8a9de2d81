import type { CampaignSiteGroup, CampaignSiteStatus } from '@lingjuli/shared';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { CampaignSite } from './campaign-site.entity';

/**
 * The sites of some campaigns grouped per campaign, community and status — how many, the things found,
 * the things cleared — for the shared `tallyCampaign`. One grouped read from the campaign index, never
 * a row per site; the caller may narrow it to her view first (alias `site`).
 */
export function siteGroupsQuery(em: EntityManager, campaignIds: readonly number[]): SelectQueryBuilder<CampaignSite> {
  return em
    .createQueryBuilder(CampaignSite, 'site')
    .select('site.campaignId', 'campaignId')
    .addSelect('site.communityId', 'communityId')
    .addSelect('site.status', 'status')
    .addSelect('COUNT(*)', 'sites')
    .addSelect('SUM(site.count)', 'found')
    .addSelect('SUM(COALESCE(site.clearedCount, 0))', 'cleared')
    .where('site.campaignId IN (:...campaignIds)', { campaignIds })
    .groupBy('site.campaignId')
    .addGroupBy('site.communityId')
    .addGroupBy('site.status');
}

type Numeric = number | string;

/** The grouped rows by campaign (MySQL's driver gives counts and sums as text). */
export async function readSiteGroups(qb: SelectQueryBuilder<CampaignSite>): Promise<Map<number, CampaignSiteGroup[]>> {
  const rows = await qb.getRawMany<{
    campaignId: Numeric;
    communityId: Numeric;
    status: CampaignSiteStatus;
    sites: Numeric;
    found: Numeric;
    cleared: Numeric;
  }>();
  const byCampaign = new Map<number, CampaignSiteGroup[]>();
  for (const row of rows) {
    const campaignId = Number(row.campaignId);
    const groups = byCampaign.get(campaignId) ?? [];
    groups.push({ communityId: Number(row.communityId), status: row.status, sites: Number(row.sites), found: Number(row.found), cleared: Number(row.cleared) });
    byCampaign.set(campaignId, groups);
  }
  return byCampaign;
}

/** The communities of a campaign whose progress the caller sees: all, or those of her scope. */
export function inView(communityIds: readonly number[], view: readonly number[] | 'all'): number[] {
  return view === 'all' ? [...communityIds] : communityIds.filter((id) => view.includes(id));
}
