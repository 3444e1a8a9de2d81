import type { VolunteerTeamCounts } from '@lingjuli/shared';
import { ageBars, ageMixLines, communityLine, kindLines, percentText } from '@/utils/volunteers/team';

const bands = { under35: 1, from35to49: 1, from50to59: 2, from60to69: 3, from70: 1, unknown: 0 };

const counts = (patch: Partial<VolunteerTeamCounts> = {}): VolunteerTeamCounts => ({
  communityId: 3,
  communityName: '测试甲社区',
  total: 9,
  active: 8,
  byKind: { liaison: { total: 6, active: 5 }, partyMember: { total: 3, active: 3 } },
  trainedLast12Months: 4,
  ageBands: bands,
  ...patch,
});

describe('the team’s age mix and counts', () => {
  it('draws a bar per band, youngest first, each its share of the counted', () => {
    const bars = ageBars(bands);
    expect(bars.map((b) => b.band)).toEqual(['under35', 'from35to49', 'from50to59', 'from60to69', 'from70', 'unknown']);
    expect(bars[3]).toEqual({ band: 'from60to69', label: '60–69岁', count: 3, width: '37.5%', percent: '37.5%', older: true });
    expect(bars[0]).toMatchObject({ width: '12.5%', older: false });
    expect(bars[5]).toMatchObject({ label: '未登记', count: 0, width: '0%', percent: '0%' });
  });

  it('draws empty bars with no percent for an empty team', () => {
    const empty = ageBars({ under35: 0, from35to49: 0, from50to59: 0, from60to69: 0, from70: 0, unknown: 0 });
    expect(empty.every((b) => b.width === '0%' && b.percent === '—')).toBe(true);
  });

  it('writes percents with one decimal at most', () => {
    expect(percentText(1 / 3)).toBe('33.3%');
    expect(percentText(0.5)).toBe('50%');
  });

  it('says the mix, and warns when the team is old or the young are few', () => {
    expect(ageMixLines(bands)).toEqual({
      line: '已登记年龄的8人中，50岁以下占25%，60岁及以上占50%。',
      warnings: ['60岁及以上的占一半以上：热心但体力有限，重活和夜间巡查宜多安排年轻人。'],
    });
    const old = ageMixLines({ under35: 0, from35to49: 1, from50to59: 1, from60to69: 4, from70: 4, unknown: 2 });
    expect(old.line).toBe('已登记年龄的10人（另有2人未登记）中，50岁以下占10%，60岁及以上占80%。');
    expect(old.warnings).toHaveLength(2);
    expect(ageMixLines({ under35: 3, from35to49: 3, from50to59: 2, from60to69: 1, from70: 0, unknown: 0 }).warnings).toEqual([]);
    expect(ageMixLines({ under35: 0, from35to49: 0, from50to59: 0, from60to69: 0, from70: 0, unknown: 2 }).line).toBe('2人未登记出生年份，暂无年龄结构。');
    expect(ageMixLines({ under35: 0, from35to49: 0, from50to59: 0, from60to69: 0, from70: 0, unknown: 0 }).line).toBe('还没有志愿者。');
  });

  it('counts by kind, and the trained', () => {
    expect(kindLines(counts())).toEqual([
      { key: 'total', label: '志愿者', value: '9人（在岗8人）' },
      { key: 'liaison', label: '民情专员', value: '6人（在岗5人）' },
      { key: 'partyMember', label: '双报到在职党员', value: '3人（在岗3人）' },
      { key: 'trained', label: '近12个月参加培训', value: '4人' },
    ]);
    expect(communityLine(counts())).toBe('在岗8人 · 专员5 · 双报到3 · 培训4人 · 60岁及以上50%');
  });
});
