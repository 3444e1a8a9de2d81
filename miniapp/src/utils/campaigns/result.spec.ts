import type { CampaignSummary } from '@lingjuli/shared';
import { resultHeadline, runningCampaigns, suggestedSummary, unitsLine } from '@/utils/campaigns/result';

const zero = { sites: 0, sitesCleared: 0, sitesLeft: 0, found: 0, cleared: 0, left: 0 };

describe('a campaign’s result in words', () => {
  it('says what was found and cleared', () => {
    const total = { sites: 40, sitesCleared: 38, sitesLeft: 2, found: 512, cleared: 506, left: 6 };
    expect(resultHeadline({ siteKind: '私装地锁', total })).toBe('共发现私装地锁512处，已整治506处，还剩6处');
    expect(resultHeadline({ siteKind: '私装地锁', total: { ...total, cleared: 512, left: 0 } })).toBe('共发现私装地锁512处，已整治512处，已全部整治');
    expect(resultHeadline({ siteKind: '私装地锁', total: zero })).toBe('暂未发现私装地锁');
    expect(unitsLine([{}, {}], 300)).toBe('2个单位共300人参与');
    expect(unitsLine([], 0)).toBe('由各社区开展');
  });

  it('starts the street’s result from the counts', () => {
    const c = {
      title: '地锁专项整治',
      siteKind: '私装地锁',
      unitCount: 12,
      people: 300,
      communityCount: 5,
      total: { sites: 40, sitesCleared: 38, sitesLeft: 2, found: 512, cleared: 506, left: 6 },
    };
    expect(suggestedSummary(c)).toBe('本次地锁专项整治共有12个单位300人参与，在5个社区发现私装地锁512处，已整治506处。');
    expect(suggestedSummary({ ...c, unitCount: 0, people: 0, total: zero })).toBe('本次地锁专项整治未发现需整治的私装地锁。');
  });

  it('finds the running campaigns', () => {
    const rows = [
      { id: 1, status: 'planned' },
      { id: 2, status: 'active' },
      { id: 3, status: 'finished' },
    ] as Pick<CampaignSummary, 'id' | 'status'>[];
    expect(runningCampaigns(rows).map((c) => c.id)).toEqual([2]);
  });
});
