import type { CampaignTally } from '@lingjuli/shared';

/**
 * A campaign's progress drawn with Views: a bar per community as long as what was found there (the
 * longest community fills the track), its cleared part and its part still left side by side.
 */

/** `part` of `whole` as a CSS width or a share to read, one decimal at most: 80%, 33.3%; 0% of nothing. */
export function percentOf(part: number, whole: number): string {
  if (whole <= 0 || part <= 0) return '0%';
  const pct = Math.round(Math.min(1, part / whole) * 1000) / 10;
  return `${pct}%`;
}

export interface ProgressBar {
  /** The cleared part's width, of the whole track. */
  cleared: string;
  /** The part still left, of the whole track (after the cleared part). */
  left: string;
  /** How much of what was found is cleared: 80%. */
  share: string;
}

/** The bar of one tally, `scale` being what fills the whole track (by default its own find: a full bar). */
export function progressBar(t: Pick<CampaignTally, 'found' | 'cleared' | 'left'>, scale = t.found): ProgressBar {
  return { cleared: percentOf(t.cleared, scale), left: percentOf(t.left, scale), share: percentOf(t.cleared, t.found) };
}

/** What fills the track for a set of rows: the largest find among them (at least one, so nothing divides by zero). */
export function barScale(rows: readonly Pick<CampaignTally, 'found'>[]): number {
  return Math.max(1, ...rows.map((r) => r.found));
}

/** e.g. 已整治12处 · 还剩3处（共发现15处）; 暂未发现 before the first site. */
export function progressLine(t: Pick<CampaignTally, 'found' | 'cleared' | 'left'>): string {
  if (t.found === 0) return '暂未发现';
  return `已整治${t.cleared}处 · 还剩${t.left}处（共发现${t.found}处）`;
}

/** e.g. 4个点位：已整治3个，待整治1个 */
export function sitesLine(t: Pick<CampaignTally, 'sites' | 'sitesCleared' | 'sitesLeft'>): string {
  if (t.sites === 0) return '还没有上报点位';
  return `${t.sites}个点位：已整治${t.sitesCleared}个，待整治${t.sitesLeft}个`;
}
