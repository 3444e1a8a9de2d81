import { holdsWhistleOpen, isValidScore, quarterOf, rankDepartments, whistleReportInDue, type DepartmentPeriodData } from './powers';

const data = (over: Partial<DepartmentPeriodData> & Pick<DepartmentPeriodData, 'departmentId' | 'departmentName'>): DepartmentPeriodData => ({
  scores: [],
  whistles: 0,
  whistlesOnTime: 0,
  dispatched: 0,
  dispatchedOnTime: 0,
  rated: 0,
  satisfied: 0,
  ...over,
});

describe('the department ranking', () => {
  it('weighs the four measures as shown (hand-worked)', () => {
    const [a] = rankDepartments([
      // scores mean 80; whistles 3/4 = 75; dispatch 1/2 = 50; satisfaction 9/10 = 90
      data({
        departmentId: 1,
        departmentName: '甲',
        scores: [70, 90],
        whistles: 4,
        whistlesOnTime: 3,
        dispatched: 2,
        dispatchedOnTime: 1,
        rated: 10,
        satisfied: 9,
      }),
    ]);
    // 0.5×80 + 0.2×75 + 0.15×50 + 0.15×90 = 40 + 15 + 7.5 + 13.5 = 76
    expect(a).toMatchObject({ rank: 1, total: 76, measures: { communityScore: 80, whistleOnTime: 75, dispatchOnTime: 50, satisfaction: 90 } });
  });

  it('leaves out a measure without data and rescales the other weights', () => {
    const [a] = rankDepartments([data({ departmentId: 1, departmentName: '甲', scores: [60], rated: 4, satisfied: 4 })]);
    // (0.5×60 + 0.15×100) / 0.65 = 45 / 0.65 = 69.23…
    expect(a.total).toBe(69.2);
    expect(a.measures.whistleOnTime).toBeNull();
  });

  it('orders by total, ties share a rank, then by name', () => {
    const ranked = rankDepartments([
      data({ departmentId: 1, departmentName: '乙', scores: [80] }),
      data({ departmentId: 2, departmentName: '甲', scores: [80] }),
      data({ departmentId: 3, departmentName: '丙', scores: [90] }),
      data({ departmentId: 4, departmentName: '丁', scores: [] }),
    ]);
    expect(ranked.map((r) => [r.departmentName, r.rank, r.total])).toEqual([
      ['丙', 1, 90],
      ['甲', 2, 80],
      ['乙', 2, 80],
      ['丁', 4, 0],
    ]);
  });
});

describe('evaluation scale and periods', () => {
  it.each([
    [0, true],
    [100, true],
    [-1, false],
    [101, false],
    [80.5, false],
    [Number.NaN, false],
  ])('score %p is valid: %p', (score, valid) => expect(isValidScore(score)).toBe(valid));

  it('takes the calendar quarter in Beijing time', () => {
    expect(quarterOf(new Date('2026-03-31T16:30:00Z'))).toEqual({
      name: '2026年第2季度',
      startsAt: new Date('2026-03-31T16:00:00.000Z'),
      endsAt: new Date('2026-06-30T16:00:00.000Z'),
    });
    expect(quarterOf(new Date('2026-01-01T00:00:00+08:00')).name).toBe('2026年第1季度');
  });
});

describe('whistle report-in deadline', () => {
  const at = new Date('2026-03-02T10:00:00+08:00');
  it('defaults by tier and accepts its own minutes', () => {
    expect(whistleReportInDue('emergency', at).toISOString()).toBe('2026-03-02T02:30:00.000Z');
    expect(whistleReportInDue('ordinary', at).toISOString()).toBe('2026-03-03T02:00:00.000Z');
    expect(whistleReportInDue('ordinary', at, 90).toISOString()).toBe('2026-03-02T03:30:00.000Z');
  });
});

describe('what keeps a whistle open', () => {
  it('a department working on it, or one that may still report in; not one that completed or let its deadline pass unreported', () => {
    expect(holdsWhistleOpen({ status: 'whistled', reportInMissed: false })).toBe(true);
    expect(holdsWhistleOpen({ status: 'reportedIn', reportInMissed: false })).toBe(true);
    // Reported in late: it is working now, so the community waits for it.
    expect(holdsWhistleOpen({ status: 'reportedIn', reportInMissed: true })).toBe(true);
    expect(holdsWhistleOpen({ status: 'whistled', reportInMissed: true })).toBe(false);
    expect(holdsWhistleOpen({ status: 'completed', reportInMissed: false })).toBe(false);
    expect(holdsWhistleOpen({ status: 'completed', reportInMissed: true })).toBe(false);
  });
});
