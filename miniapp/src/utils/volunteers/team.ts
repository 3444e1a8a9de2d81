import {
  AGE_BANDS,
  AGE_BAND_LABELS,
  VOLUNTEER_KINDS,
  VOLUNTEER_KIND_LABELS,
  ageMixShares,
  type AgeBand,
  type AgeBandCounts,
  type VolunteerTeamCounts,
} from '@lingjuli/shared';

/** One age band's bar: as wide as its share of the active volunteers, its count and percent written beside it. */
export interface AgeBar {
  band: AgeBand;
  label: string;
  count: number;
  /** CSS width of the fill, e.g. `37.5%` (0% for an empty band). */
  width: string;
  /** e.g. `37.5%`; `—` when there is nobody at all. */
  percent: string;
  /** The older bands (60 and over): drawn in their own colour. */
  older: boolean;
}

const OLDER: readonly AgeBand[] = ['from60to69', 'from70'];

/** e.g. 37.5% (one decimal, none when whole). */
export function percentText(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

/** The bars of the age mix, youngest first, `unknown` (未登记) last; each band's share of all the counted. */
export function ageBars(counts: AgeBandCounts): AgeBar[] {
  const total = AGE_BANDS.reduce((n, band) => n + counts[band], 0);
  return AGE_BANDS.map((band) => {
    const share = total ? counts[band] / total : 0;
    return {
      band,
      label: AGE_BAND_LABELS[band],
      count: counts[band],
      width: total ? percentText(share) : '0%',
      percent: total ? percentText(share) : '—',
      older: OLDER.includes(band),
    };
  });
}

/** A share at which the age mix is worth a word (the paper's worry: the old willing but less able, the young absent). */
export const OLDER_WARNING_SHARE = 0.5;
export const YOUNGER_WARNING_SHARE = 0.2;

/**
 * The age mix in a sentence or two: the shares of the recorded ages under 50 and 60 and over, and
 * what the staff may want to do about it. The unknown are left out, and said to be.
 */
export function ageMixLines(counts: AgeBandCounts): { line: string; warnings: string[] } {
  const mix = ageMixShares(counts);
  if (mix.under50 === null || mix.from60 === null) {
    return { line: counts.unknown ? `${counts.unknown}人未登记出生年份，暂无年龄结构。` : '还没有志愿者。', warnings: [] };
  }
  const unknown = counts.unknown ? `（另有${counts.unknown}人未登记）` : '';
  const warnings: string[] = [];
  if (mix.from60 >= OLDER_WARNING_SHARE) warnings.push('60岁及以上的占一半以上：热心但体力有限，重活和夜间巡查宜多安排年轻人。');
  if (mix.under50 < YOUNGER_WARNING_SHARE) warnings.push('50岁以下的不到两成：可多动员在职党员和年轻居民参加。');
  return {
    line: `已登记年龄的${mix.recorded}人${unknown}中，50岁以下占${percentText(mix.under50)}，60岁及以上占${percentText(mix.from60)}。`,
    warnings,
  };
}

/** The team's head counts: by kind, with those serving now, and the trained. */
export function kindLines(c: VolunteerTeamCounts): { key: string; label: string; value: string }[] {
  return [
    { key: 'total', label: '志愿者', value: `${c.total}人（在岗${c.active}人）` },
    ...VOLUNTEER_KINDS.map((kind) => ({
      key: kind,
      label: VOLUNTEER_KIND_LABELS[kind],
      value: `${c.byKind[kind].total}人（在岗${c.byKind[kind].active}人）`,
    })),
    { key: 'trained', label: '近12个月参加培训', value: `${c.trainedLast12Months}人` },
  ];
}

/** A community's row in the grid's or the street's team: its numbers in one line. */
export function communityLine(c: VolunteerTeamCounts): string {
  const mix = ageMixShares(c.ageBands);
  const ages = mix.from60 === null ? '年龄未登记' : `60岁及以上${percentText(mix.from60)}`;
  return `在岗${c.active}人 · 专员${c.byKind.liaison.active} · 双报到${c.byKind.partyMember.active} · 培训${c.trainedLast12Months}人 · ${ages}`;
}
