import { DEFAULT_MEASURE_SETTINGS } from '@lingjuli/shared';
import {
  againstMedian,
  defaultMonth,
  formatMinutes,
  formatRate,
  formatScore,
  monthChoices,
  monthLabel,
  rankChange,
  shortMonthLabel,
  twelveMonths,
  weightShares,
  weightsLine,
} from '@/utils/measures/format';

describe('the measures as they read on screen', () => {
  it('shows rates as percentages and the composite out of 100, — without data', () => {
    expect(formatRate(0.875)).toBe('87.5%');
    expect(formatRate(1)).toBe('100%');
    expect(formatRate(2 / 3)).toBe('66.7%');
    expect(formatRate(null)).toBe('—');
    expect(formatScore(83.125)).toBe('83.1');
    expect(formatScore(null)).toBe('—');
  });

  it('reads a median time in minutes, hours or days', () => {
    expect(formatMinutes(null)).toBe('—');
    expect(formatMinutes(0.2)).toBe('1 分钟');
    expect(formatMinutes(25.4)).toBe('25 分钟');
    expect(formatMinutes(90)).toBe('1.5 小时');
    expect(formatMinutes(1439)).toBe('24 小时');
    expect(formatMinutes(1440 * 3.25)).toBe('3.3 天');
  });

  it('marks a move up with ▲ and down with ▼', () => {
    expect(rankChange(2)).toEqual({ text: '▲2', tone: 'up' });
    expect(rankChange(-14)).toEqual({ text: '▼14', tone: 'down' });
    expect(rankChange(0)).toEqual({ text: '持平', tone: 'same' });
    expect(rankChange(null)).toEqual({ text: '—', tone: 'same' });
  });

  it('compares a figure with the street median in percentage points or points', () => {
    expect(againstMedian(0.9, 0.8, 'rate')).toEqual({ text: '高于街道中位数 10 个百分点', tone: 'above' });
    expect(againstMedian(0.5, 1, 'rate')).toEqual({ text: '低于街道中位数 50 个百分点', tone: 'below' });
    expect(againstMedian(80, 80, 'score')).toEqual({ text: '与街道中位数持平', tone: 'level' });
    expect(againstMedian(72.25, 80, 'score')).toEqual({ text: '低于街道中位数 7.8 分', tone: 'below' });
    expect(againstMedian(null, 0.8, 'rate')).toBeNull();
    expect(againstMedian(0.8, null, 'rate')).toBeNull();
  });

  it('opens on the last full Beijing month and offers the twelve up to this one', () => {
    // 2026-12-01 01:00 in Beijing is still 30 November in UTC.
    const now = new Date('2026-11-30T17:00:00Z');
    expect(defaultMonth(now)).toBe('2026-11');
    expect(monthChoices(now, 3)).toEqual(['2026-12', '2026-11', '2026-10']);
    expect(twelveMonths('2026-03')).toEqual([
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
    expect(monthLabel('2026-03')).toBe('2026年3月');
    expect(shortMonthLabel('2026-03')).toBe('3月');
    expect(shortMonthLabel('2027-01')).toBe('2027年1月');
  });

  it('shows the weights in use as shares of the composite', () => {
    expect(weightShares(DEFAULT_MEASURE_SETTINGS).map((w) => `${w.label} ${w.percent}`)).toEqual(['响应率 10%', '解决率 45%', '满意率 45%']);
    const halves = { basicallySatisfiedWeight: 0.9, weights: { responseRate: 0, resolutionRate: 0.5, satisfactionRate: 0.5 } };
    expect(weightsLine(halves)).toBe('综合得分 = 响应率 0% + 解决率 50% + 满意率 50%（基本满意按 0.9 个满意计）');
  });
});
