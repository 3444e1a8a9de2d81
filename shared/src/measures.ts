import type { Level, Tier } from './enums';
import type { Category } from './triage';
import { shanghaiMidnight, shanghaiParts } from './time';

/*
 * The measures (测度指标, docs/domain.md §10): one definition each, the same for every scope (the
 * street, a grid, a community, a department) and every period. They are computed from counters that
 * sum: the server keeps them per scope, Beijing day, tier and category as the appeals move, so a
 * period's figures are the sums of its days, never a scan of the appeals.
 */

/** The summable counters behind the measures, each counted once on the Beijing day named beside it. */
export const MEASURE_COUNTERS = [
  /** Appeals received (day of receipt); of them found by liaisons (未诉即办), and passed on by 12345. */
  'filed',
  'filedProactive',
  'filedCity12345',
  /**
   * Deadlines that fell due (day of the deadline) and of them those met: each handling cycle's
   * deadline (resolution for an emergency, first feedback for the other tiers) and each 72-hour
   * public progress note of a complex appeal. Counted once settled: met, or passed unmet.
   */
  'deadlinesDue',
  'deadlinesMet',
  /** Ratings given (day of the rating; the resident's own or her answer on the callback). */
  'ratings',
  'ratedSolved',
  'ratedSatisfied',
  'ratedBasicallySatisfied',
  /** Appeals closed after handling (day of closing), by the level that held them then. */
  'closedInCommunity',
  'closedAtStreet',
  'closedByTaskForce',
  /** Feedback visits made by liaisons (day of the visit). */
  'liaisonVisits',
] as const;
export type MeasureCounter = (typeof MEASURE_COUNTERS)[number];
export type MeasureCounts = Record<MeasureCounter, number>;

export function emptyCounts(): MeasureCounts {
  return Object.fromEntries(MEASURE_COUNTERS.map((c) => [c, 0])) as MeasureCounts;
}

/** Adds `more` into `into` (and returns it). */
export function addCounts(into: MeasureCounts, more: Partial<MeasureCounts>): MeasureCounts {
  for (const c of MEASURE_COUNTERS) into[c] += more[c] ?? 0;
  return into;
}

/** Which counter a closing at a level adds to. */
export const CLOSED_AT_LEVEL: Record<Level, MeasureCounter> = {
  community: 'closedInCommunity',
  street: 'closedAtStreet',
  taskForce: 'closedByTaskForce',
};

// ---- settings ----

/** The three rates, the composite ranking's parts. */
export const RATES = ['responseRate', 'resolutionRate', 'satisfactionRate'] as const;
export type RateKey = (typeof RATES)[number];

export interface MeasureSettings {
  /** What one 基本满意 counts for in the satisfaction rate (1 = as 满意; some districts use 0.9). */
  basicallySatisfiedWeight: number;
  /** The communities' composite: each rate's weight (they need not sum to 1; they are normalised). */
  weights: Record<RateKey, number>;
}

/** Beijing's 接诉即办 assessment weighs the three rates 10 : 45 : 45; the street admin may change it. */
export const DEFAULT_MEASURE_SETTINGS: MeasureSettings = {
  basicallySatisfiedWeight: 1,
  weights: { responseRate: 0.1, resolutionRate: 0.45, satisfactionRate: 0.45 },
};

export function isValidMeasureSettings(s: MeasureSettings): boolean {
  const weights = RATES.map((r) => s.weights[r]);
  const inUnit = (n: number) => Number.isFinite(n) && n >= 0 && n <= 1;
  return inUnit(s.basicallySatisfiedWeight) && weights.every(inUnit) && weights.some((w) => w > 0);
}

// ---- the rates ----

export type Rates = Record<RateKey, number | null>;

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/**
 * The three rates as fractions 0–1, null without data:
 * - 响应率: deadlines met ÷ deadlines that fell due;
 * - 解决率: ratings saying solved ÷ ratings;
 * - 满意率: (满意 + weight × 基本满意) ÷ ratings.
 */
export function ratesOf(c: MeasureCounts, settings: MeasureSettings = DEFAULT_MEASURE_SETTINGS): Rates {
  return {
    responseRate: ratio(c.deadlinesMet, c.deadlinesDue),
    resolutionRate: ratio(c.ratedSolved, c.ratings),
    satisfactionRate: ratio(c.ratedSatisfied + settings.basicallySatisfiedWeight * c.ratedBasicallySatisfied, c.ratings),
  };
}

/** The composite of the rates, 0–100: their weighted mean, a rate without data left out and the other weights rescaled. */
export function compositeScore(rates: Rates, settings: MeasureSettings = DEFAULT_MEASURE_SETTINGS): number | null {
  let weighted = 0;
  let weights = 0;
  for (const key of RATES) {
    const value = rates[key];
    if (value === null) continue;
    weighted += value * settings.weights[key];
    weights += settings.weights[key];
  }
  return weights > 0 ? (100 * weighted) / weights : null;
}

/** Shares of the appeals received: found by liaisons (未诉即办) and from 12345. */
export function sharesOf(c: MeasureCounts): { proactiveShare: number | null; city12345Share: number | null } {
  return { proactiveShare: ratio(c.filedProactive, c.filed), city12345Share: ratio(c.filedCity12345, c.filed) };
}

/** Where appeals closed: the share of each level (小事不出社区、大事不出街道). */
export function whereClosed(c: MeasureCounts): Record<Level, number | null> {
  const closed = c.closedInCommunity + c.closedAtStreet + c.closedByTaskForce;
  return {
    community: ratio(c.closedInCommunity, closed),
    street: ratio(c.closedAtStreet, closed),
    taskForce: ratio(c.closedByTaskForce, closed),
  };
}

/** Liaison participation: reports from the rounds and feedback visits, per active liaison. */
export function liaisonParticipation(c: MeasureCounts, activeLiaisons: number) {
  return {
    activeLiaisons,
    reports: c.filedProactive,
    visits: c.liaisonVisits,
    reportsPerLiaison: ratio(c.filedProactive, activeLiaisons),
    visitsPerLiaison: ratio(c.liaisonVisits, activeLiaisons),
  };
}

// ---- times: medians from a histogram ----

/** Time to first response (from the cycle's start, on the day of the response) and to resolution (from receipt to the last resolution, on the day it closes). */
export const DURATION_MEASURES = ['firstResponse', 'resolution'] as const;
export type DurationMeasure = (typeof DURATION_MEASURES)[number];

/** The histogram's bucket bounds in minutes: bucket i holds (bound[i-1], bound[i]]; one more bucket holds the rest. */
export const DURATION_BUCKET_MINUTES = [5, 10, 15, 30, 60, 120, 240, 480, 720, 1440, 2880, 4320, 7200, 10080, 14400, 21600, 30240, 43200] as const;
export const DURATION_BUCKETS = DURATION_BUCKET_MINUTES.length + 1;

/** The bucket a duration falls in. */
export function durationBucket(ms: number): number {
  const i = DURATION_BUCKET_MINUTES.findIndex((bound) => ms <= bound * 60_000);
  return i === -1 ? DURATION_BUCKET_MINUTES.length : i;
}

/**
 * The median in minutes, read off the histogram: the bucket where half the count is reached,
 * interpolated linearly inside it (the open last bucket answers with its lower bound). Null when empty.
 * Exact to the bucket; the buckets are fine where the deadlines are (30 minutes, a day, 7 and 15 days).
 */
export function medianMinutes(buckets: readonly number[]): number | null {
  const total = buckets.reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const half = total / 2;
  let before = 0;
  for (let i = 0; i < buckets.length; i++) {
    const inBucket = buckets[i];
    if (inBucket > 0 && before + inBucket >= half) {
      const lower = i === 0 ? 0 : DURATION_BUCKET_MINUTES[i - 1];
      if (i >= DURATION_BUCKET_MINUTES.length) return lower;
      return lower + ((DURATION_BUCKET_MINUTES[i] - lower) * (half - before)) / inBucket;
    }
    before += inBucket;
  }
  return null;
}

// ---- ranking the communities ----

export interface CommunityCounts {
  communityId: number;
  communityName: string;
  counts: MeasureCounts;
}

export interface RankedCommunity {
  communityId: number;
  communityName: string;
  rates: Rates;
  /** 0–100, null without any data. */
  composite: number | null;
  /** 1 = best; ties share a rank; a community without data comes last, unranked (null). */
  rank: number | null;
}

/** The communities ranked by their composite (ties share a rank; names break the order of ties). */
export function rankCommunities(rows: readonly CommunityCounts[], settings: MeasureSettings = DEFAULT_MEASURE_SETTINGS): RankedCommunity[] {
  const scored = rows.map((r) => {
    const rates = ratesOf(r.counts, settings);
    return { communityId: r.communityId, communityName: r.communityName, rates, composite: compositeScore(rates, settings) };
  });
  scored.sort((a, b) => (b.composite ?? -1) - (a.composite ?? -1) || a.communityName.localeCompare(b.communityName, 'zh'));
  let rank = 0;
  return scored.map((row, i) => {
    if (row.composite === null) return { ...row, rank: null };
    if (i === 0 || scored[i - 1].composite !== row.composite) rank = i + 1;
    return { ...row, rank };
  });
}

// ---- repeat problems ----

/** A hot spot (重复诉求): the same building and category this many times within the window. */
export const HOT_SPOT_RULE = { minAppeals: 3, windowDays: 90 } as const;

export interface CategoryGrowth {
  category: Category;
  thisMonth: number;
  lastMonth: number;
  /** thisMonth − lastMonth. */
  increase: number;
}

/** The categories that grew this month, most first (by the increase, then by this month's count): candidates for 每月一题. */
export function fastestGrowing(thisMonth: Partial<Record<Category, number>>, lastMonth: Partial<Record<Category, number>>): CategoryGrowth[] {
  const categories = new Set([...Object.keys(thisMonth), ...Object.keys(lastMonth)] as Category[]);
  return [...categories]
    .map((category) => {
      const now = thisMonth[category] ?? 0;
      const before = lastMonth[category] ?? 0;
      return { category, thisMonth: now, lastMonth: before, increase: now - before };
    })
    .filter((g) => g.increase > 0)
    .sort((a, b) => b.increase - a.increase || b.thisMonth - a.thisMonth || a.category.localeCompare(b.category));
}

// ---- periods ----

/** The counter rows a period reads: whole months from the months' rows, the days before and after from the days'. */
export function periodSpans(startsAt: Date, endsAt: Date): { grain: 'day' | 'month'; from: Date; to: Date }[] {
  const firstMonth = monthPeriod(startsAt);
  const fromMonth = firstMonth.startsAt.getTime() === startsAt.getTime() ? firstMonth.startsAt : firstMonth.endsAt;
  const toMonth = monthPeriod(endsAt).startsAt;
  if (fromMonth >= toMonth) return [{ grain: 'day', from: startsAt, to: endsAt }];
  const spans = [
    { grain: 'day' as const, from: startsAt, to: fromMonth },
    { grain: 'month' as const, from: fromMonth, to: toMonth },
    { grain: 'day' as const, from: toMonth, to: endsAt },
  ];
  return spans.filter((s) => s.from < s.to);
}

/** A Beijing calendar month, `[startsAt, endsAt)`. */
export interface MonthPeriod {
  /** e.g. 2026-11 */
  month: string;
  startsAt: Date;
  endsAt: Date;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonthCode(value: string): boolean {
  return MONTH.test(value);
}

/** The Beijing month `YYYY-MM`, or the one holding `at`; `offset` months later (negative: earlier). */
export function monthPeriod(monthOrAt: string | Date, offset = 0): MonthPeriod {
  let year: number;
  let month: number;
  if (typeof monthOrAt === 'string') {
    const m = MONTH.exec(monthOrAt);
    if (!m) throw new RangeError(`not a month: ${monthOrAt}`);
    year = Number(m[1]);
    month = Number(m[2]);
  } else {
    ({ year, month } = shanghaiParts(monthOrAt));
  }
  const index = year * 12 + (month - 1) + offset;
  const y = Math.floor(index / 12);
  const mo = (index % 12) + 1;
  return { month: `${y}-${String(mo).padStart(2, '0')}`, startsAt: shanghaiMidnight(y, mo, 1), endsAt: shanghaiMidnight(y, mo + 1, 1) };
}

// ---- what the screens say beside each figure ----

export const MEASURE_DEFINITIONS = {
  responseRate: { label: '响应率', definition: '期内到期的时限中按时完成的比例（紧急类须办结，其他级别须首次反馈，复杂疑难每72小时公开进展）' },
  resolutionRate: { label: '解决率', definition: '期内评价中表示“已解决”的比例（含电话回访）' },
  satisfactionRate: { label: '满意率', definition: '期内评价中（满意 + 基本满意 × 权重）的比例（含电话回访）' },
  composite: { label: '综合得分', definition: '三率按权重的加权平均（0–100），缺数据的一率不计、其余权重按比例放大' },
  onTime: { label: '按时率', definition: '该级别期内到期的时限中按时完成的比例' },
  firstResponse: { label: '首次响应用时中位数', definition: '从受理（或重新办理）到首次反馈（紧急类为办结）的用时，按区间估算的中位数' },
  resolution: { label: '办结用时中位数', definition: '从受理到最后一次办结的用时，按区间估算的中位数，按关闭日期计入' },
  whereClosed: { label: '办结层级', definition: '期内办结关闭的诉求在社区、街道、专班办结的比例（小事不出社区、大事不出街道）' },
  proactiveShare: { label: '未诉即办占比', definition: '期内受理的诉求中由民情专员主动发现上报的比例' },
  city12345Share: { label: '12345转派占比', definition: '期内受理的诉求中由12345热线转派的比例' },
  liaisons: { label: '民情专员参与', definition: '在册在岗的民情专员，期内人均上报与上门反馈次数' },
  meetings: { label: '议事会', definition: '期内召开且已发布纪要的居民议事会场次，到会人次与到会人数' },
  pollTurnout: { label: '征求意见参与率', definition: '期内截止的征求意见中，参与的户（或人）占可参与户（或人）的比例' },
  volunteerAges: { label: '志愿者年龄结构', definition: '当前在岗的民情专员和报到的在职党员，按今年年龄分段' },
  hotSpots: { label: '重复诉求', definition: `同一楼栋同一类别${HOT_SPOT_RULE.windowDays}天内${HOT_SPOT_RULE.minAppeals}次及以上` },
  growingCategories: { label: '增长最快的类别', definition: '本月比上月受理增加最多的类别，可作为“每月一题”的候选' },
} as const;
export type MeasureDefinitionKey = keyof typeof MEASURE_DEFINITIONS;

/** Per tier, the on-time rate and the counts behind it. */
export function onTimeRate(c: Pick<MeasureCounts, 'deadlinesDue' | 'deadlinesMet'>): number | null {
  return ratio(c.deadlinesMet, c.deadlinesDue);
}

export type CountsByTier = Record<Tier, MeasureCounts>;
