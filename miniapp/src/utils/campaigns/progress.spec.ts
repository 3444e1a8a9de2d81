import { barScale, percentOf, progressBar, progressLine, sitesLine } from '@/utils/campaigns/progress';

describe('a campaign’s progress as bars', () => {
  const tally = { sites: 4, sitesCleared: 3, sitesLeft: 1, found: 15, cleared: 12, left: 3 };

  it('gives shares with one decimal at most, and nothing of nothing', () => {
    expect(percentOf(12, 15)).toBe('80%');
    expect(percentOf(1, 3)).toBe('33.3%');
    expect(percentOf(0, 15)).toBe('0%');
    expect(percentOf(3, 0)).toBe('0%');
    expect(percentOf(20, 15)).toBe('100%');
  });

  it('draws one community’s cleared and left parts of its own find, or of the largest find', () => {
    expect(progressBar(tally)).toEqual({ cleared: '80%', left: '20%', share: '80%' });
    // Beside a community that found 30: half the track, its share unchanged.
    expect(progressBar(tally, 30)).toEqual({ cleared: '40%', left: '10%', share: '80%' });
    expect(progressBar({ found: 0, cleared: 0, left: 0 }, 30)).toEqual({ cleared: '0%', left: '0%', share: '0%' });
    expect(barScale([{ found: 3 }, { found: 30 }, { found: 0 }])).toBe(30);
    expect(barScale([])).toBe(1);
  });

  it('says it in words', () => {
    expect(progressLine(tally)).toBe('已整治12处 · 还剩3处（共发现15处）');
    expect(progressLine({ found: 0, cleared: 0, left: 0 })).toBe('暂未发现');
    expect(sitesLine(tally)).toBe('4个点位：已整治3个，待整治1个');
    expect(sitesLine({ sites: 0, sitesCleared: 0, sitesLeft: 0 })).toBe('还没有上报点位');
  });
});
