import {
  combinedPopulation,
  finitePopulationCorrection,
  formatShareWithMargin,
  isSurveyChoice,
  marginOfError,
  requiredSampleSize,
  sampleProgress,
  surveyEndsAt,
  surveyStatus,
  tallySurveyQuestion,
  wilsonInterval,
} from './surveys';

describe('the margin of error at 95 %', () => {
  it("gives the paper's figure: 200 households, 95.2 % → about ±3.0 points", () => {
    const margin = marginOfError(0.952, 200)!;
    // 1.96 × √(0.952 × 0.048 / 200) = 1.96 × 0.015116 = 0.029627
    expect(margin).toBeCloseTo(0.029627, 5);
    expect(formatShareWithMargin(0.952, margin)).toBe('95.2% ±3.0');
  });

  it('narrows with the finite-population correction when the households are known', () => {
    // √((1000 − 200) / 999) = 0.894875
    expect(finitePopulationCorrection(200, 1000)).toBeCloseTo(0.894875, 6);
    expect(marginOfError(0.952, 200, 1000)!).toBeCloseTo(0.029627 * 0.894875, 5);
    // Every household asked: no sampling error left.
    expect(marginOfError(0.952, 200, 200)).toBe(0);
  });

  it('does not trust a household count smaller than the sample, and has no margin without answers', () => {
    expect(finitePopulationCorrection(200, 150)).toBe(1);
    expect(marginOfError(0.5, 200, 150)).toBeCloseTo(marginOfError(0.5, 200)!, 12);
    expect(finitePopulationCorrection(200, null)).toBe(1);
    expect(marginOfError(0.5, 0)).toBeNull();
  });

  it('is 0 at 100 %, where only the Wilson interval is honest', () => {
    expect(marginOfError(1, 200)).toBe(0);
    const wilson = wilsonInterval(200, 200)!;
    // centre (1 + 1.96²/400) / (1 + 1.96²/200) = 0.990577, half 1.96 / 1.019208 × √(1.96² / 160000) = 0.009423
    expect(wilson.low).toBeCloseTo(0.981154, 5);
    expect(wilson.high).toBe(1);
  });
});

describe('the Wilson interval', () => {
  it('holds the share and is close to the margin in the middle', () => {
    const w = wilsonInterval(100, 200)!;
    expect(w.low).toBeLessThan(0.5);
    expect(w.high).toBeGreaterThan(0.5);
    expect((w.high - w.low) / 2).toBeCloseTo(marginOfError(0.5, 200)!, 2);
  });

  it('shrinks with the population and collapses for a census', () => {
    const endless = wilsonInterval(190, 200)!;
    const small = wilsonInterval(190, 200, 400)!;
    expect(small.high - small.low).toBeLessThan(endless.high - endless.low);
    expect(wilsonInterval(190, 200, 200)).toEqual({ low: 0.95, high: 0.95 });
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it('stays within 0 and 1', () => {
    const none = wilsonInterval(0, 30)!;
    expect(none.low).toBe(0);
    expect(none.high).toBeGreaterThan(0.1);
  });
});

describe('the sample a target margin needs', () => {
  it('is 385 for ±5 points and 1,068 for ±3 without a population', () => {
    expect(requiredSampleSize(0.05)).toBe(385);
    expect(requiredSampleSize(0.03)).toBe(1068);
  });

  it('is smaller for a known population, never more than it', () => {
    // 384.16 / (1 + 383.16 / 1000) = 277.7
    expect(requiredSampleSize(0.05, 1000)).toBe(278);
    // 384.16 / (1 + 383.16 / 200) = 131.8
    expect(requiredSampleSize(0.05, 200)).toBe(132);
    expect(requiredSampleSize(0.001, 50)).toBe(50);
  });

  it('takes an expected share, and refuses a margin of 0', () => {
    // 1.96² × 0.95 × 0.05 / 0.03² = 202.7: about the paper's 200 households.
    expect(requiredSampleSize(0.03, null, 0.95)).toBe(203);
    expect(() => requiredSampleSize(0)).toThrow(RangeError);
  });
});

describe('a question’s tally', () => {
  it('counts 满意 and 基本满意 as satisfied, every choice present', () => {
    const t = tallySurveyQuestion('satisfaction', { satisfied: 150, basicallySatisfied: 40, unsatisfied: 10 });
    expect(t.n).toBe(200);
    expect(t.share).toBe(0.95);
    expect(t.marginOfError).toBeCloseTo(marginOfError(0.95, 200)!, 12);
    expect(t.population).toBeNull();
    expect(tallySurveyQuestion('satisfaction', { satisfied: 2 }).counts).toEqual({ satisfied: 2, basicallySatisfied: 0, unsatisfied: 0 });
  });

  it('counts 是 of all answers, 说不清 included, and applies the households', () => {
    const t = tallySurveyQuestion('yesNo', { yes: 6, no: 2, unsure: 2 }, 500);
    expect([t.n, t.share, t.population]).toEqual([10, 0.6, 500]);
    expect(t.marginOfError).toBeCloseTo(marginOfError(0.6, 10, 500)!, 12);
  });

  it('has no share without answers', () => {
    expect(tallySurveyQuestion('yesNo', {})).toEqual({
      n: 0,
      counts: { yes: 0, no: 0, unsure: 0 },
      share: null,
      marginOfError: null,
      wilson: null,
      population: null,
    });
  });
});

describe('choices, progress, populations, status', () => {
  it('knows each question type’s choices', () => {
    expect(isSurveyChoice('satisfaction', 'basicallySatisfied')).toBe(true);
    expect(isSurveyChoice('satisfaction', 'yes')).toBe(false);
    expect(isSurveyChoice('yesNo', 'unsure')).toBe(true);
    expect(isSurveyChoice('text', 'yes')).toBe(false);
  });

  it('measures progress toward the target and sums populations only when all are known', () => {
    expect(sampleProgress(150, 200)).toBe(0.75);
    expect(sampleProgress(3, 0)).toBeNull();
    expect(combinedPopulation([1200, 800])).toBe(2000);
    expect(combinedPopulation([1200, null])).toBeNull();
    expect(combinedPopulation([])).toBeNull();
  });

  it('is scheduled, open, then closed at the end of its last day or when closed early', () => {
    const survey = { opensAt: new Date('2026-03-01T16:00:00Z'), closesAt: new Date('2026-03-10T16:00:00Z'), closedAt: null };
    expect(surveyStatus(survey, new Date('2026-03-01T15:59:59Z'))).toBe('scheduled');
    expect(surveyStatus(survey, new Date('2026-03-01T16:00:00Z'))).toBe('open');
    expect(surveyStatus(survey, new Date('2026-03-10T16:00:00Z'))).toBe('closed');
    const early = { ...survey, closedAt: new Date('2026-03-05T02:00:00Z') };
    expect(surveyStatus(early, new Date('2026-03-05T03:00:00Z'))).toBe('closed');
    expect(surveyEndsAt(early)).toEqual(early.closedAt);
    expect(surveyEndsAt(survey)).toEqual(survey.closesAt);
  });
});
