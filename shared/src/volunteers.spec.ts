import {
  AGE_BANDS,
  AGE_BAND_LABELS,
  addAgeBands,
  ageBandOf,
  ageMixShares,
  audienceIncludes,
  birthYearRange,
  emptyAgeBands,
  isValidBirthYear,
  isValidTrainingHours,
  tallyAgeBands,
  trainedSince,
  yearAt,
  type AgeBand,
} from './volunteers';

describe('ageBandOf (the age she reaches in the year counted)', () => {
  it.each([
    [2000, 2026, 'under35'],
    // 34 this year: still under 35; 35 this year: the next band.
    [1992, 2026, 'under35'],
    [1991, 2026, 'from35to49'],
    [1977, 2026, 'from35to49'],
    [1976, 2026, 'from50to59'],
    [1967, 2026, 'from50to59'],
    [1966, 2026, 'from60to69'],
    [1957, 2026, 'from60to69'],
    [1956, 2026, 'from70'],
    [1920, 2026, 'from70'],
    [2012, 2026, 'under35'],
    [null, 2026, 'unknown'],
  ] as [number | null, number, AgeBand][])('born %s, counted in %s → %s', (birthYear, year, band) => {
    expect(ageBandOf(birthYear, year)).toBe(band);
  });

  it('moves a volunteer up a band as the years pass', () => {
    expect(ageBandOf(1967, 2026)).toBe('from50to59');
    expect(ageBandOf(1967, 2027)).toBe('from60to69');
  });

  it('has a Chinese label for every band, in order from the young to the unrecorded', () => {
    expect(AGE_BANDS.map((b) => AGE_BAND_LABELS[b])).toEqual(['35岁以下', '35–49岁', '50–59岁', '60–69岁', '70岁及以上', '未登记']);
  });
});

describe('tallyAgeBands, addAgeBands', () => {
  it('counts each band, zeros included', () => {
    expect(tallyAgeBands([1995, 1990, 1960, 1950, 1948, null], 2026)).toEqual({
      under35: 1,
      from35to49: 1,
      from50to59: 0,
      from60to69: 1,
      from70: 2,
      unknown: 1,
    });
    expect(tallyAgeBands([], 2026)).toEqual(emptyAgeBands());
  });

  it('adds communities up', () => {
    const a = tallyAgeBands([1995, 1950], 2026);
    const b = tallyAgeBands([1994, null], 2026);
    expect(addAgeBands(a, b)).toEqual({ under35: 2, from35to49: 0, from50to59: 0, from60to69: 0, from70: 1, unknown: 1 });
    expect(addAgeBands()).toEqual(emptyAgeBands());
  });
});

describe('ageMixShares (of the recorded ages)', () => {
  it('gives the shares under 50 and 60 and over, leaving the unrecorded out', () => {
    const counts = { under35: 1, from35to49: 1, from50to59: 1, from60to69: 3, from70: 2, unknown: 5 };
    expect(ageMixShares(counts)).toEqual({ recorded: 8, under50: 0.25, from60: 0.625 });
  });

  it('has no shares without a recorded age', () => {
    expect(ageMixShares({ ...emptyAgeBands(), unknown: 3 })).toEqual({ recorded: 0, under50: null, from60: null });
  });
});

describe('birth years', () => {
  it('takes 1900 to this year − 14', () => {
    expect(birthYearRange(2026)).toEqual({ min: 1900, max: 2012 });
    expect(isValidBirthYear(1900, 2026)).toBe(true);
    expect(isValidBirthYear(2012, 2026)).toBe(true);
    expect(isValidBirthYear(1899, 2026)).toBe(false);
    expect(isValidBirthYear(2013, 2026)).toBe(false);
    expect(isValidBirthYear(1980.5, 2026)).toBe(false);
  });

  it('counts the year in Beijing time', () => {
    expect(yearAt(new Date('2026-12-31T15:59:59Z'))).toBe(2026);
    expect(yearAt(new Date('2026-12-31T16:00:00Z'))).toBe(2027);
  });
});

describe('training', () => {
  it('takes 0.5 to 24 hours, to the half hour', () => {
    for (const hours of [0.5, 1, 2.5, 24]) expect(isValidTrainingHours(hours)).toBe(true);
    for (const hours of [0, 0.25, 1.2, 24.5, Number.NaN, Number.POSITIVE_INFINITY]) expect(isValidTrainingHours(hours)).toBe(false);
  });

  it('offers a course to its audience', () => {
    expect(audienceIncludes('all', 'liaison')).toBe(true);
    expect(audienceIncludes('all', 'partyMember')).toBe(true);
    expect(audienceIncludes('liaison', 'liaison')).toBe(true);
    expect(audienceIncludes('liaison', 'partyMember')).toBe(false);
    expect(audienceIncludes('partyMember', 'liaison')).toBe(false);
  });

  it('counts as trained from the same instant 12 months before', () => {
    expect(trainedSince(new Date('2026-03-02T02:00:00Z')).toISOString()).toBe('2025-03-02T02:00:00.000Z');
    expect(trainedSince(new Date('2028-02-29T10:00:00Z')).toISOString()).toBe('2027-02-28T10:00:00.000Z');
    expect(trainedSince(new Date('2026-01-31T00:00:00Z')).toISOString()).toBe('2025-01-31T00:00:00.000Z');
  });
});
