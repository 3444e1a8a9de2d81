import type { CommunitySummary } from '@lingjuli/shared';
import { scopeChoices, trendSource } from '@/utils/measures/scope';

const communities: CommunitySummary[] = [
  { id: 1, code: 'C01', name: '示例社区01', gridId: 1, isSample: true },
  { id: 2, code: 'C02', name: '示例社区02', gridId: 2, isSample: true },
];

describe('the scopes of 指标', () => {
  it('offers the street roles the street and every community, a grid secretary her grid and its communities', () => {
    expect(scopeChoices({ role: 'streetAdmin', gridId: null }, communities).map((c) => c.label)).toEqual(['全街道', '示例社区01', '示例社区02']);
    expect(scopeChoices({ role: 'gridSecretary', gridId: 2 }, communities)).toEqual([
      { kind: 'grid', id: 2, label: '本网格' },
      { kind: 'community', id: 2, label: '示例社区02' },
    ]);
    expect(scopeChoices({ role: 'communitySecretary', gridId: null }, communities)).toEqual([]);
    expect(scopeChoices({ role: 'departmentStaff', gridId: null }, communities)).toEqual([]);
  });

  it('reads the twelve months from the overview where the user reads it, else month by month', () => {
    expect(trendSource({ role: 'commandCenter', gridId: null }, { kind: 'street', id: null })).toEqual({ from: 'overview', communityId: null });
    expect(trendSource({ role: 'streetAdmin', gridId: null }, { kind: 'community', id: 5 })).toEqual({ from: 'overview', communityId: 5 });
    expect(trendSource({ role: 'streetAdmin', gridId: null }, { kind: 'department', id: 3 })).toEqual({ from: 'months' });
    expect(trendSource({ role: 'streetAdmin', gridId: null }, { kind: 'grid', id: 1 })).toEqual({ from: 'months' });
    expect(trendSource({ role: 'gridSecretary', gridId: 1 }, { kind: 'grid', id: 1 })).toEqual({ from: 'overview', communityId: null });
    expect(trendSource({ role: 'communitySecretary', gridId: null }, { kind: 'community', id: 5 })).toEqual({ from: 'months' });
  });
});
