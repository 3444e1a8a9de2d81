import type { CampaignDetail, CampaignPublicResult, CampaignSummary } from '@lingjuli/shared';

/** What residents read of a campaign, and the words the street starts its result from. */

/** e.g. 共发现私装地锁512处，已整治506处，还剩6处; before the first site: 暂未发现私装地锁. */
export function resultHeadline(r: Pick<CampaignPublicResult, 'siteKind' | 'total'>): string {
  const t = r.total;
  if (t.found === 0) return `暂未发现${r.siteKind}`;
  return `共发现${r.siteKind}${t.found}处，已整治${t.cleared}处${t.left ? `，还剩${t.left}处` : '，已全部整治'}`;
}

/** e.g. 12个单位共300人参与; none yet: 由各社区开展. */
export function unitsLine(units: readonly unknown[], people: number): string {
  return units.length ? `${units.length}个单位共${people}人参与` : '由各社区开展';
}

/**
 * The result the finish form starts from, from the counts as the street sees them (all communities),
 * for her to change: e.g. 本次地锁专项整治共有12个单位300人参与，在5个社区发现私装地锁512处，已整治506处。
 */
export function suggestedSummary(c: Pick<CampaignDetail, 'title' | 'siteKind' | 'unitCount' | 'people' | 'communityCount' | 'total'>): string {
  const who = c.unitCount ? `共有${c.unitCount}个单位${c.people}人参与，` : '';
  const t = c.total;
  const counts = t.found ? `在${c.communityCount}个社区发现${c.siteKind}${t.found}处，已整治${t.cleared}处。` : `未发现需整治的${c.siteKind}。`;
  return `本次${c.title}${who}${counts}`;
}

/** The running campaigns among those she sees (a liaison sees her community's): where she may report a site. */
export function runningCampaigns<T extends Pick<CampaignSummary, 'status'>>(rows: readonly T[]): T[] {
  return rows.filter((c) => c.status === 'active');
}
