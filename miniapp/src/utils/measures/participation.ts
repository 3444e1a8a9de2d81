import { AGE_BANDS, AGE_BAND_LABELS, type AgeBand, type AgeBandCounts, type Participation } from '@lingjuli/shared';
import { formatRate } from '@/utils/measures/format';

export interface AgeBandBar {
  band: AgeBand;
  label: string;
  count: number;
  /** The bar's width: its share of all the volunteers counted. */
  width: string;
  /** 12 人 · 30% */
  text: string;
}

/** The volunteers by age band as bars, youngest first; `unknown` only when someone's age is unknown. */
export function ageBandBars(counts: AgeBandCounts): AgeBandBar[] {
  const total = AGE_BANDS.reduce((sum, band) => sum + counts[band], 0);
  return AGE_BANDS.filter((band) => band !== 'unknown' || counts.unknown > 0).map((band) => {
    const share = total > 0 ? counts[band] / total : null;
    return {
      band,
      label: AGE_BAND_LABELS[band],
      count: counts[band],
      width: `${((share ?? 0) * 100).toFixed(1)}%`,
      text: `${counts[band]} 人 · ${formatRate(share)}`,
    };
  });
}

/** 3 场 · 到会 86 人次（61 人） */
export function meetingsLine(meetings: NonNullable<Participation['meetings']>): string {
  if (meetings.held === 0) return '本期没有召开并发布纪要的议事会';
  return `${meetings.held} 场 · 到会 ${meetings.attendances} 人次（${meetings.attendees} 人）`;
}

/** 2 次 · 参与 48 / 62（77.4%） */
export function pollsLine(polls: NonNullable<Participation['polls']>): string {
  if (polls.closed === 0) return '本期没有截止的征求意见';
  return `${polls.closed} 次 · 参与 ${polls.participants} / ${polls.eligible}（${formatRate(polls.turnout)}）`;
}

/** The share of volunteers aged 60 and over (the paper's worry), or null without any. */
export function olderShare(counts: AgeBandCounts): number | null {
  const known = AGE_BANDS.filter((b) => b !== 'unknown').reduce((sum, band) => sum + counts[band], 0);
  return known > 0 ? (counts.from60to69 + counts.from70) / known : null;
}
