import type { PollQuestionResult, PollResults } from '@lingjuli/shared';
import { barWidth, formatPercent, leadingOptions, questionNote, resultBars, turnoutLine, turnoutWidth } from '@/utils/polls/results';

const single: PollQuestionResult = {
  questionId: 1,
  type: 'single',
  prompt: '您支持哪个停车方案？',
  answered: 182,
  options: [
    { optionId: 10, label: '方案一：地面划线停车，维持现状收费', count: 40, share: 40 / 182 },
    { optionId: 11, label: '方案二：错时共享停车（夜间开放周边单位停车场）', count: 126, share: 126 / 182 },
    { optionId: 12, label: '方案三：拆除部分绿地建设立体车库', count: 16, share: 16 / 182 },
  ],
};

const ranked: PollQuestionResult = {
  questionId: 3,
  type: 'ranked',
  prompt: '请按优先顺序排列三个方案',
  answered: 10,
  options: [
    { optionId: 30, label: '方案一', count: 10, share: 1, bordaPoints: 20, bordaShare: 20 / 60, firstPreferences: 2, firstPreferenceShare: 0.2 },
    { optionId: 31, label: '方案二', count: 10, share: 1, bordaPoints: 28, bordaShare: 28 / 60, firstPreferences: 8, firstPreferenceShare: 0.8 },
    { optionId: 32, label: '方案三', count: 6, share: 0.6, bordaPoints: 12, bordaShare: 12 / 60, firstPreferences: 0, firstPreferenceShare: 0 },
  ],
  rankedOrder: [31, 30, 32],
};

describe('percent text', () => {
  it('writes a share to one decimal, dropping .0', () => {
    expect(formatPercent(0.625)).toBe('62.5%');
    expect(formatPercent(0.5)).toBe('50%');
    expect(formatPercent(126 / 182)).toBe('69.2%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(1)).toBe('100%');
  });

  it('says — without a share (nobody answered)', () => {
    expect(formatPercent(null)).toBe('—');
    expect(formatPercent(undefined)).toBe('—');
    expect(formatPercent(Number.NaN)).toBe('—');
  });
});

describe('bar widths', () => {
  it('is the share of the row', () => {
    expect(barWidth(0.625)).toBe('62.5%');
    expect(barWidth(1)).toBe('100%');
  });

  it('is empty for nothing and at least a sliver for something', () => {
    expect(barWidth(0)).toBe('0%');
    expect(barWidth(null)).toBe('0%');
    expect(barWidth(0.001)).toBe('1%');
  });

  it('never spills over the row', () => {
    expect(barWidth(1.4)).toBe('100%');
    expect(barWidth(-0.2)).toBe('0%');
  });
});

describe('result bars', () => {
  it('lists a choice question in its order, counts in households, the most chosen leading', () => {
    const bars = resultBars(single, 'household');
    expect(bars.map((b) => [b.label.slice(0, 3), b.count, b.percent, b.width, b.leading])).toEqual([
      ['方案一', '40户', '22%', '22%', false],
      ['方案二', '126户', '69.2%', '69.2%', true],
      ['方案三', '16户', '8.8%', '8.8%', false],
    ]);
    expect(resultBars(single, 'resident')[0].count).toBe('40人');
  });

  it('leads with no option when nobody answered', () => {
    const none = { ...single, answered: 0, options: single.options.map((o) => ({ ...o, count: 0, share: null })) };
    expect(resultBars(none, 'household').every((b) => !b.leading && b.width === '0%' && b.percent === '—')).toBe(true);
  });

  it('lists a ranked question in its Borda order with first preferences', () => {
    const bars = resultBars(ranked, 'household');
    expect(bars.map((b) => [b.place, b.label, b.count, b.percent, b.leading])).toEqual([
      [1, '方案二', '28分', '46.7%', true],
      [2, '方案一', '20分', '33.3%', false],
      [3, '方案三', '12分', '20%', false],
    ]);
    expect(bars[0].detail).toBe('排第一位的8户（80%）');
    expect(bars[0].width).toBe('46.7%');
  });

  it('keeps an option the order left out, at the end', () => {
    const bars = resultBars({ ...ranked, rankedOrder: [32] }, 'household');
    expect(bars.map((b) => b.optionId)).toEqual([32, 30, 31]);
  });

  it('draws no bars for free words', () => {
    expect(resultBars({ questionId: 4, type: 'text', prompt: '意见', answered: 2, options: [], texts: ['a', 'b'] }, 'household')).toEqual([]);
  });

  it('says how to read a multiple choice and a ranking', () => {
    expect(questionNote({ ...single, type: 'multiple' }, 'household')).toContain('相加会超过100%');
    expect(questionNote(ranked, 'household')).toContain('10户作答');
  });

  it('marks the leading options of each choice question', () => {
    expect([...leadingOptions({ questions: [single, ranked] })]).toEqual([11, 31]);
    expect(leadingOptions(null).size).toBe(0);
  });
});

describe('turnout', () => {
  const r = (participants: number, eligible: number, turnout: number | null): Pick<PollResults, 'participants' | 'eligible' | 'turnout' | 'ballotUnit'> => ({
    participants,
    eligible,
    turnout,
    ballotUnit: 'household',
  });

  it('says who took part of how many', () => {
    expect(turnoutLine(r(182, 240, 182 / 240))).toBe('参与 182 户 / 共 240 户（75.8%）');
    expect(turnoutWidth(r(182, 240, 182 / 240))).toBe('75.8%');
    expect(turnoutLine({ ...r(3, 5, 0.6), ballotUnit: 'resident' })).toBe('参与 3 人 / 共 5 人（60%）');
  });

  it('says only who took part without an audience', () => {
    expect(turnoutLine(r(0, 0, null))).toBe('参与 0 户');
  });
});
