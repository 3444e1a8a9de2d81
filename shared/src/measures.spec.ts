import {
  DURATION_BUCKET_MINUTES,
  DURATION_BUCKETS,
  compositeScore,
  durationBucket,
  emptyCounts,
  fastestGrowing,
  isValidMeasureSettings,
  medianMinutes,
  monthPeriod,
  periodSpans,
  rankCommunities,
  ratesOf,
  type MeasureCounts,
} from './measures';

const counts = (c: Partial<MeasureCounts>): MeasureCounts => ({ ...emptyCounts(), ...c });

describe('the three rates', () => {
  it('divide as defined, with 基本满意 weighted', () => {
    const c = counts({ deadlinesDue: 8, deadlinesMet: 6, ratings: 5, ratedSolved: 4, ratedSatisfied: 2, ratedBasicallySatisfied: 2 });
    expect(ratesOf(c)).toEqual({ responseRate: 0.75, resolutionRate: 0.8, satisfactionRate: 0.8 });
    // (2 + 0.9 × 2) ÷ 5 = 3.8 ÷ 5
    expect(ratesOf(c, { basicallySatisfiedWeight: 0.9, weights: { responseRate: 1, resolutionRate: 1, satisfactionRate: 1 } }).satisfactionRate).toBeCloseTo(
      0.76,
      12,
    );
  });

  it('are null without data, and the composite leaves them out', () => {
    const rates = ratesOf(counts({ deadlinesDue: 4, deadlinesMet: 2 }));
    expect(rates).toEqual({ responseRate: 0.5, resolutionRate: null, satisfactionRate: null });
    expect(compositeScore(rates)).toBe(50);
    expect(compositeScore(ratesOf(emptyCounts()))).toBeNull();
  });

  it('weigh the composite 10 : 45 : 45 by default', () => {
    // 100 × (0.1 × 0.5 + 0.45 × 1 + 0.45 × 0.8) = 86
    expect(compositeScore({ responseRate: 0.5, resolutionRate: 1, satisfactionRate: 0.8 })).toBeCloseTo(86, 10);
  });

  it('refuse settings outside 0–1 or with no weight', () => {
    const weights = { responseRate: 0.2, resolutionRate: 0.4, satisfactionRate: 0.4 };
    expect(isValidMeasureSettings({ basicallySatisfiedWeight: 0.9, weights })).toBe(true);
    expect(isValidMeasureSettings({ basicallySatisfiedWeight: 1.1, weights })).toBe(false);
    expect(isValidMeasureSettings({ basicallySatisfiedWeight: 1, weights: { responseRate: 0, resolutionRate: 0, satisfactionRate: 0 } })).toBe(false);
    expect(isValidMeasureSettings({ basicallySatisfiedWeight: Number.NaN, weights })).toBe(false);
  });
});

describe('ranking the communities', () => {
  it('ranks by the composite, ties share a rank, no data comes last unranked', () => {
    const ranked = rankCommunities([
      { communityId: 1, communityName: '甲', counts: counts({ ratings: 2, ratedSolved: 1, ratedSatisfied: 1 }) },
      { communityId: 2, communityName: '乙', counts: counts({ ratings: 1, ratedSolved: 1, ratedSatisfied: 1 }) },
      { communityId: 3, communityName: '丙', counts: emptyCounts() },
      { communityId: 4, communityName: '丁', counts: counts({ ratings: 4, ratedSolved: 2, ratedSatisfied: 2 }) },
    ]);
    expect(ranked.map((r) => [r.communityId, r.rank, r.composite])).toEqual([
      [2, 1, 100],
      [4, 2, 50],
      [1, 2, 50],
      [3, null, null],
    ]);
  });
});

describe('medians from the histogram', () => {
  it('puts a duration in the bucket whose bound it does not pass', () => {
    expect(durationBucket(0)).toBe(0);
    expect(durationBucket(5 * 60_000)).toBe(0);
    expect(durationBucket(5 * 60_000 + 1)).toBe(1);
    expect(durationBucket(30 * 24 * 3600_000)).toBe(DURATION_BUCKET_MINUTES.length - 1);
    expect(durationBucket(31 * 24 * 3600_000)).toBe(DURATION_BUCKETS - 1);
  });

  it('interpolates inside the bucket that holds the half', () => {
    const buckets = new Array<number>(DURATION_BUCKETS).fill(0);
    expect(medianMinutes(buckets)).toBeNull();
    // 4 in (60, 120], 4 in (120, 240]: half = 4, reached at the end of (60, 120] → 120.
    buckets[5] = 4;
    buckets[6] = 4;
    expect(medianMinutes(buckets)).toBe(120);
    // one more in (120, 240]: half = 4.5, 0.5 of the 5 in (120, 240] → 120 + 120 × 0.1 = 132.
    buckets[6] = 5;
    expect(medianMinutes(buckets)).toBeCloseTo(132, 10);
    // all past 30 days: the open bucket answers with its lower bound.
    const late = new Array<number>(DURATION_BUCKETS).fill(0);
    late[DURATION_BUCKETS - 1] = 3;
    expect(medianMinutes(late)).toBe(43200);
  });
});

describe('growing categories and months', () => {
  it('lists the categories that grew, most first', () => {
    expect(fastestGrowing({ water: 9, parking: 5, noise: 1 }, { water: 4, parking: 5, noise: 0, heating: 3 })).toEqual([
      { category: 'water', thisMonth: 9, lastMonth: 4, increase: 5 },
      { category: 'noise', thisMonth: 1, lastMonth: 0, increase: 1 },
    ]);
  });

  it('reads a period from whole months and the days around them', () => {
    const day = (d: string) => new Date(`${d}T00:00:00+08:00`);
    expect(periodSpans(day('2026-10-01'), day('2026-11-01'))).toEqual([{ grain: 'month', from: day('2026-10-01'), to: day('2026-11-01') }]);
    expect(periodSpans(day('2026-09-20'), day('2026-12-03'))).toEqual([
      { grain: 'day', from: day('2026-09-20'), to: day('2026-10-01') },
      { grain: 'month', from: day('2026-10-01'), to: day('2026-12-01') },
      { grain: 'day', from: day('2026-12-01'), to: day('2026-12-03') },
    ]);
    expect(periodSpans(day('2026-10-03'), day('2026-10-20'))).toEqual([{ grain: 'day', from: day('2026-10-03'), to: day('2026-10-20') }]);
    expect(periodSpans(day('2026-10-03'), day('2026-11-20'))).toEqual([{ grain: 'day', from: day('2026-10-03'), to: day('2026-11-20') }]);
  });

  it('reads Beijing months, across the year', () => {
    expect(monthPeriod('2026-01', -1)).toEqual({
      month: '2025-12',
      startsAt: new Date('2025-11-30T16:00:00Z'),
      endsAt: new Date('2025-12-31T16:00:00Z'),
    });
    // 2026-11-30T16:30Z is 1 December in Beijing.
    expect(monthPeriod(new Date('2026-11-30T16:30:00Z')).month).toBe('2026-12');
    expect(() => monthPeriod('2026-13')).toThrow(RangeError);
  });
});
