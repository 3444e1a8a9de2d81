import { marginOfError, tallySurveyQuestion } from '@lingjuli/shared';
import {
  choiceBars,
  headlineLine,
  headlineWords,
  marginWords,
  neededWords,
  percent,
  progressWidth,
  progressWords,
  shortDay,
  surveyPeriod,
  wilsonWords,
} from '@/utils/surveys/results';

describe('survey results in words', () => {
  // The paper's street: 200 households asked, 95.2 % said yes.
  const paper = { share: 0.952, marginOfError: marginOfError(0.952, 200) };

  it("reads the paper's figure: 满意率 95.2%，误差 ±3.0 个百分点（95% 置信）", () => {
    expect(headlineWords('satisfaction', paper)).toBe('满意率 95.2%，误差 ±3.0 个百分点（95% 置信）');
    expect(headlineWords('yesNo', { share: 0.5, marginOfError: 0.1 })).toBe('回答"是"的比例 50.0%，误差 ±10.0 个百分点（95% 置信）');
    expect(headlineWords('satisfaction', { share: null, marginOfError: null })).toBe('满意率：暂无回答');
  });

  it('gives the Wilson interval in words, saying when the households corrected it', () => {
    const all = tallySurveyQuestion('satisfaction', { satisfied: 200 });
    expect(wilsonWords('satisfaction', all)).toBe('有95%的把握，真实满意率在 98.1% 到 100.0% 之间');
    const known = tallySurveyQuestion('satisfaction', { satisfied: 150, unsatisfied: 50 }, 1000);
    expect(wilsonWords('satisfaction', known)).toMatch(/（按全社区 1000 户校正）$/);
    expect(wilsonWords('satisfaction', tallySurveyQuestion('satisfaction', {}))).toBeNull();
  });

  it('draws one bar per choice with its count and percent', () => {
    const bars = choiceBars('satisfaction', tallySurveyQuestion('satisfaction', { satisfied: 150, basicallySatisfied: 40, unsatisfied: 10 }));
    expect(bars.map((b) => [b.label, b.width, b.text])).toEqual([
      ['满意', '75.0%', '150 户 · 75.0%'],
      ['基本满意', '20.0%', '40 户 · 20.0%'],
      ['不满意', '5.0%', '10 户 · 5.0%'],
    ]);
    expect(choiceBars('yesNo', { n: 0, counts: {} }).map((b) => [b.label, b.width, b.text])).toEqual([
      ['是', '0.0%', '0 户 · —'],
      ['否', '0.0%', '0 户 · —'],
      ['说不清', '0.0%', '0 户 · —'],
    ]);
  });

  it('says the progress toward the target and the sample a margin needs', () => {
    const sample = { entries: 120, target: 200, progress: 0.6, households: null, neededForMargin: 385 };
    expect(progressWords(sample)).toBe('已录 120 / 目标 200 户（60%）');
    expect(progressWidth(sample)).toBe('60%');
    expect(progressWidth({ progress: 1.4 })).toBe('100%');
    expect(neededWords(sample, 5)).toBe('误差 ±5 个百分点需 385 户，还差 265 户');
    expect(neededWords({ entries: 300, neededForMargin: 278, households: 1000 }, 5)).toBe('误差 ±5 个百分点需 278 户（共 1000 户），已够');
  });

  it('formats shares, margins and days', () => {
    expect(percent(0.952)).toBe('95.2%');
    expect(percent(null)).toBe('—');
    expect(marginWords(0.0296)).toBe('±3.0 个百分点');
    expect(shortDay('2026-03-02')).toBe('3月2日');
    expect(surveyPeriod({ opensOn: '2026-03-02', closesOn: '2026-03-15' })).toBe('3月2日 至 3月15日');
    expect(surveyPeriod({ opensOn: '2025-12-20', closesOn: '2026-01-10' })).toBe('2025年12月20日 至 2026年1月10日');
  });

  it('puts a survey beside the appeal ratings in one line', () => {
    expect(headlineLine({ questionId: 1, n: 200, share: 0.952, marginOfError: 0.0296 })).toBe('满意率 95.2% ±3.0 个百分点 · 200 户');
    expect(headlineLine({ questionId: 1, n: 0, share: null, marginOfError: null })).toBe('满意率：暂无回答');
    expect(headlineLine({ questionId: null, n: 0, share: null, marginOfError: null })).toBe('本调查没有满意度题');
  });
});
