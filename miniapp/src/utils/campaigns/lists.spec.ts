import type { CampaignSummary } from '@lingjuli/shared';
import { CAMPAIGN_FILTERS, groupCampaigns, numberedPage, pageOfCursor, periodLine, progressIds, scaleLine } from '@/utils/campaigns/lists';

const row = (id: number, status: CampaignSummary['status'], startDate: string, endDate = '2026-12-31') => ({ id, status, startDate, endDate });

describe('the street’s campaigns as a list', () => {
  it('groups running, planned and finished, each in its own order', () => {
    const rows = [
      row(1, 'finished', '2025-01-01', '2025-02-01'),
      row(2, 'active', '2026-03-01'),
      row(3, 'planned', '2026-06-01'),
      row(4, 'planned', '2026-05-01'),
      row(5, 'finished', '2025-05-01', '2025-06-01'),
      row(6, 'active', '2026-04-01'),
    ];
    const groups = groupCampaigns(rows);
    expect(groups.map((g) => g.key)).toEqual(['active', 'planned', 'finished']);
    expect(groups.map((g) => g.rows.map((r) => r.id))).toEqual([
      [6, 2],
      [4, 3],
      [5, 1],
    ]);
    expect(groupCampaigns([row(1, 'planned', '2026-01-01')]).map((g) => g.key)).toEqual(['planned']);
    expect(CAMPAIGN_FILTERS.map((f) => f.label)).toEqual(['全部', '进行中', '筹备中', '已结束']);
  });

  it('reads the progress of the running ones first, then the finished, up to a limit', () => {
    const rows = [row(1, 'finished', '2025-01-01'), row(2, 'planned', '2026-06-01'), row(3, 'active', '2026-03-01'), row(4, 'finished', '2025-05-01')];
    expect(progressIds(rows, 10)).toEqual([3, 1, 4]);
    expect(progressIds(rows, 2)).toEqual([3, 1]);
  });

  it('says the period and the scale in words', () => {
    expect(periodLine('2026-03-10', '2026-04-30')).toBe('2026年3月10日至4月30日');
    expect(periodLine('2026-12-20', '2027-01-10')).toBe('2026年12月20日至2027年1月10日');
    expect(periodLine('2026-03-10', '2026-03-10')).toBe('2026年3月10日');
    expect(scaleLine({ allCommunities: true, communityCount: 3, unitCount: 2, people: 200 })).toBe('全街道3个社区 · 2个单位共200人参与');
    expect(scaleLine({ allCommunities: false, communityCount: 2, unitCount: 0, people: 0 })).toBe('2个社区 · 参与单位待定');
  });
});

describe('the sites, numbered by page', () => {
  it('offers the next page while there are more, none after the last', () => {
    expect(numberedPage({ items: [1, 2].map((id) => ({ id })), total: 120, page: 1, pageSize: 50 })).toEqual({
      items: [{ id: 1 }, { id: 2 }],
      total: 120,
      nextCursor: '2',
    });
    expect(numberedPage({ items: [], total: 120, page: 3, pageSize: 50 }).nextCursor).toBeNull();
    expect(numberedPage({ items: [], total: 100, page: 2, pageSize: 50 }).nextCursor).toBeNull();
    expect(pageOfCursor()).toBe(1);
    expect(pageOfCursor('3')).toBe(3);
    expect(pageOfCursor('x')).toBe(1);
  });
});
