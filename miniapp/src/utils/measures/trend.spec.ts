import type { MonthFigures } from '@lingjuli/shared';
import { hasTrendData, rateTrendOption, sparklinePath, trendSeries } from '@/utils/measures/trend';

const month = (m: string, r: number | null, composite: number | null): MonthFigures => ({
  month: m,
  rates: { responseRate: r, resolutionRate: r === null ? null : r / 2, satisfactionRate: null },
  composite,
});

describe('a scope month by month', () => {
  const trend = [month('2026-10', null, null), month('2026-11', 0.875, 77.5), month('2026-12', 1, 83.125)];

  it('turns the rates into percentages and keeps months without data as gaps', () => {
    const { months, series } = trendSeries(trend);
    expect(months).toEqual(['10月', '11月', '12月']);
    expect(series.map((s) => s.label)).toEqual(['响应率', '解决率', '满意率', '综合得分']);
    expect(series[0].values).toEqual([null, 87.5, 100]);
    expect(series[1].values).toEqual([null, 43.8, 50]);
    expect(series[2].values).toEqual([null, null, null]);
    expect(series[3].values).toEqual([null, 77.5, 83.1]);
    expect(hasTrendData(trend)).toBe(true);
    expect(hasTrendData([month('2026-10', null, null)])).toBe(false);
  });

  it('builds a chart of four lines on one 0–100 axis, the composite dashed', () => {
    const option = rateTrendOption(trend);
    expect(option.xAxis.data).toEqual(['10月', '11月', '12月']);
    expect(option.yAxis).toMatchObject({ min: 0, max: 100 });
    expect(option.series.map((s) => [s.name, s.type, s.lineStyle.type])).toEqual([
      ['响应率', 'line', 'solid'],
      ['解决率', 'line', 'solid'],
      ['满意率', 'line', 'solid'],
      ['综合得分', 'line', 'dashed'],
    ]);
    expect(option.series.every((s) => s.connectNulls === false)).toBe(true);
  });

  it('draws a sparkline, higher scores higher, broken where a month has no score', () => {
    expect(sparklinePath([0, 100], 10, 10, 0)).toBe('M0 10 L10 0');
    expect(sparklinePath([50, null, 50, 100], 30, 10, 0)).toBe('M0 5 L0 5 M20 5 L30 0');
    expect(sparklinePath([null, null], 10, 10)).toBe('');
    expect(sparklinePath([], 10, 10)).toBe('');
    expect(sparklinePath([120], 10, 10, 0)).toBe('M0 0 L0 0');
  });
});
