import { MEASURE_DEFINITIONS, RATES, type MonthFigures, type RateKey, type ScopeMeasures } from '@lingjuli/shared';
import { shortMonthLabel } from '@/utils/measures/format';

/**
 * The month-by-month figures of a scope, as the chart and the sparklines draw them. Pure: the
 * chart's option is a plain object, so it is tested here without the chart library.
 */

/** A month's figures read from that month's /measures answer (a community's or a department's twelve months). */
export function monthFiguresOf(month: string, figures: Pick<ScopeMeasures, 'rates' | 'composite'>): MonthFigures {
  return { month, rates: figures.rates, composite: figures.composite };
}

/** 0–1 → 0–100 with one decimal, null kept (a gap in the line). */
const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);

export interface TrendSeries {
  key: RateKey | 'composite';
  label: string;
  /** 0–100 per month, null without data. */
  values: (number | null)[];
}

/** The three rates (as percentages) and the composite, month by month, oldest first. */
export function trendSeries(trend: readonly MonthFigures[]): { months: string[]; series: TrendSeries[] } {
  return {
    months: trend.map((m) => shortMonthLabel(m.month)),
    series: [
      ...RATES.map((key) => ({ key, label: MEASURE_DEFINITIONS[key].label, values: trend.map((m) => percent(m.rates[key])) })),
      {
        key: 'composite' as const,
        label: MEASURE_DEFINITIONS.composite.label,
        values: trend.map((m) => (m.composite === null ? null : Math.round(m.composite * 10) / 10)),
      },
    ],
  };
}

/** Whether any month has any figure (else the chart says there is nothing to draw yet). */
export function hasTrendData(trend: readonly MonthFigures[]): boolean {
  return trend.some((m) => m.composite !== null || RATES.some((r) => m.rates[r] !== null));
}

const COLOURS: Record<TrendSeries['key'], string> = {
  responseRate: '#1565c0',
  resolutionRate: '#2e7d32',
  satisfactionRate: '#b25e00',
  composite: '#b3261e',
};

/**
 * The chart of a scope's twelve months: a line per rate (%) and the composite (dashed), on one
 * 0–100 axis, a month without data left as a gap. An ECharts option (plain data).
 */
export function rateTrendOption(trend: readonly MonthFigures[], fontSize = 12) {
  const { months, series } = trendSeries(trend);
  return {
    animation: false,
    color: series.map((s) => COLOURS[s.key]),
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, itemWidth: 16, itemHeight: 8, textStyle: { fontSize } },
    tooltip: { trigger: 'axis', confine: true },
    xAxis: { type: 'category', data: months, boundaryGap: false, axisLabel: { fontSize } },
    yAxis: { type: 'value', min: 0, max: 100, interval: 25, axisLabel: { fontSize } },
    series: series.map((s) => ({
      name: s.label,
      type: 'line',
      data: s.values,
      connectNulls: false,
      symbolSize: 5,
      lineStyle: { width: s.key === 'composite' ? 2.5 : 1.5, type: s.key === 'composite' ? 'dashed' : 'solid' },
    })),
  };
}

/**
 * A sparkline of values 0–100 as SVG path data in a `width` × `height` box (higher values higher up);
 * a month without data breaks the line, a lone month is a dot (a zero-length segment drawn with round caps).
 */
export function sparklinePath(values: readonly (number | null)[], width: number, height: number, pad = 2): string {
  if (values.length === 0) return '';
  const step = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  const y = (v: number) => pad + (height - 2 * pad) * (1 - Math.min(100, Math.max(0, v)) / 100);
  const parts: string[] = [];
  let drawing = false;
  values.forEach((v, i) => {
    if (v === null) {
      drawing = false;
      return;
    }
    const point = `${round2(pad + i * step)} ${round2(y(v))}`;
    const next = values[i + 1];
    if (!drawing) parts.push(`M${point}`);
    if (!drawing && (next === null || next === undefined)) parts.push(`L${point}`);
    else if (drawing) parts.push(`L${point}`);
    drawing = true;
  });
  return parts.join(' ');
}

const round2 = (n: number) => Math.round(n * 100) / 100;
