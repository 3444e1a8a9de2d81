import { MEASURE_DEFINITIONS, RATES, monthPeriod, type MeasureSettings, type RateKey } from '@lingjuli/shared';

/**
 * How the measures read on screen (docs/domain.md §10): rates as percentages, the composite as a
 * score out of 100, times in minutes, hours or days, "—" where there is no data.
 */

export const NO_DATA = '—';

/** A rate (a fraction 0–1) as a percentage with one decimal: 0.875 → 87.5%. */
export function formatRate(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? NO_DATA : `${round1(rate * 100)}%`;
}

/** The composite (0–100) with one decimal. */
export function formatScore(score: number | null | undefined): string {
  return score === null || score === undefined ? NO_DATA : String(round1(score));
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** A median time: under an hour in minutes, under a day in hours, else in days (one decimal where it helps). */
export function formatMinutes(minutes: number | null | undefined): string {
  if (minutes === null || minutes === undefined) return NO_DATA;
  if (minutes < 60) return `${Math.max(1, Math.round(minutes))} 分钟`;
  if (minutes < 1440) return `${round1(minutes / 60)} 小时`;
  return `${round1(minutes / 1440)} 天`;
}

/** A count per liaison with one decimal. */
export function formatPerLiaison(n: number | null): string {
  return n === null ? NO_DATA : String(round1(n));
}

/** The change of a community's rank since last month: ▲ moved up, ▼ down, — unchanged or not ranked both months. */
export function rankChange(change: number | null): { text: string; tone: 'up' | 'down' | 'same' } {
  if (change === null || change === 0) return { text: change === 0 ? '持平' : NO_DATA, tone: 'same' };
  return change > 0 ? { text: `▲${change}`, tone: 'up' } : { text: `▼${-change}`, tone: 'down' };
}

/**
 * A figure against the street's median: above, below or level, and by how much (percentage points
 * for a rate, points for the composite). Null when either has no data.
 */
export function againstMedian(value: number | null, median: number | null, unit: 'rate' | 'score'): { text: string; tone: 'above' | 'below' | 'level' } | null {
  if (value === null || median === null) return null;
  const scale = unit === 'rate' ? 100 : 1;
  const raw = (value - median) * scale;
  const diff = Math.sign(raw) * round1(Math.abs(raw));
  const by = unit === 'rate' ? `${Math.abs(diff)} 个百分点` : `${Math.abs(diff)} 分`;
  if (diff === 0) return { text: '与街道中位数持平', tone: 'level' };
  return diff > 0 ? { text: `高于街道中位数 ${by}`, tone: 'above' } : { text: `低于街道中位数 ${by}`, tone: 'below' };
}

// ---- months ----

/** The month a page opens on: the last full month (a whole month's figures, the ranking's usual period). */
export function defaultMonth(now: Date): string {
  return monthPeriod(now, -1).month;
}

/** The months to choose from, newest first: this month and the eleven before. */
export function monthChoices(now: Date, count = 12): string[] {
  return Array.from({ length: count }, (_, i) => monthPeriod(now, -i).month);
}

/** The twelve months up to `month`, oldest first (a chart's axis). */
export function twelveMonths(month: string): string[] {
  return Array.from({ length: 12 }, (_, i) => monthPeriod(month, i - 11).month);
}

/** 2026-11 → 2026年11月. */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-');
  return `${y}年${Number(m)}月`;
}

/** 2026-11 → 11月 (an axis label; January names its year: 2027年1月). */
export function shortMonthLabel(month: string): string {
  const [y, m] = month.split('-');
  return Number(m) === 1 ? `${y}年1月` : `${Number(m)}月`;
}

// ---- the weights ----

/** Each rate's share of the composite as used: the weights normalised to 100%. */
export function weightShares(settings: MeasureSettings): { key: RateKey; label: string; percent: string }[] {
  const sum = RATES.reduce((s, r) => s + settings.weights[r], 0);
  return RATES.map((key) => ({
    key,
    label: MEASURE_DEFINITIONS[key].label,
    percent: sum > 0 ? `${round1((settings.weights[key] / sum) * 100)}%` : NO_DATA,
  }));
}

/** One line of the weights in use, e.g. 综合得分 = 响应率 10% + 解决率 45% + 满意率 45%（基本满意按 1 计）. */
export function weightsLine(settings: MeasureSettings): string {
  const parts = weightShares(settings).map((w) => `${w.label} ${w.percent}`);
  return `综合得分 = ${parts.join(' + ')}（基本满意按 ${settings.basicallySatisfiedWeight} 个满意计）`;
}
