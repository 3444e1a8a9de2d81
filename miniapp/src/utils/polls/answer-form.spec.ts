import type { PollQuestion } from '@lingjuli/shared';
import {
  answerBody,
  answerOf,
  answerSummary,
  answeredCount,
  fitAnswers,
  questionError,
  questionHint,
  setText,
  tapOption,
  textCount,
  type PollAnswers,
} from '@/utils/polls/answer-form';

const option = (id: number, label: string) => ({ id, label });

/** The parking poll of the sample. */
const PLAN: PollQuestion = {
  id: 1,
  type: 'single',
  prompt: '您支持哪个停车方案？',
  required: true,
  maxChoices: null,
  options: [
    option(10, '方案一：地面划线停车，维持现状收费'),
    option(11, '方案二：错时共享停车（夜间开放周边单位停车场）'),
    option(12, '方案三：拆除部分绿地建设立体车库'),
  ],
};
const MEASURES: PollQuestion = {
  id: 2,
  type: 'multiple',
  prompt: '希望同步实施哪些措施？',
  required: false,
  maxChoices: 2,
  options: [option(20, '清理僵尸车'), option(21, '加装充电桩'), option(22, '拆除私装地锁'), option(23, '增设夜间照明')],
};
const RANKED: PollQuestion = {
  id: 3,
  type: 'ranked',
  prompt: '请按优先顺序排列三个方案',
  required: true,
  maxChoices: null,
  options: [option(30, '方案一'), option(31, '方案二'), option(32, '方案三')],
};
const TEXT: PollQuestion = { id: 4, type: 'text', prompt: '您对停车管理还有什么意见和建议？', required: false, maxChoices: null, options: [] };
const QUESTIONS = [PLAN, MEASURES, RANKED, TEXT];

const tap = (answers: PollAnswers, q: PollQuestion, ...ids: number[]) => ids.reduce((a, id) => tapOption(a, q, id).answers, answers);

describe('answering a poll', () => {
  it('takes one option for a single choice, the last tapped', () => {
    const a = tap({}, PLAN, 10, 11);
    expect(answerOf(a, 1).optionIds).toEqual([11]);
  });

  it('ticks and unticks a multiple choice, and refuses the one too many', () => {
    let a = tap({}, MEASURES, 20, 22);
    expect(answerOf(a, 2).optionIds).toEqual([20, 22]);
    const third = tapOption(a, MEASURES, 23);
    expect(third.refusal).toBe('这道题最多选2项，请先点掉一项再选');
    expect(answerOf(third.answers, 2).optionIds).toEqual([20, 22]);
    a = tap(a, MEASURES, 20, 23);
    expect(answerOf(a, 2).optionIds).toEqual([22, 23]);
  });

  it('takes any number without a limit', () => {
    const a = tap({}, { ...MEASURES, maxChoices: null }, 20, 21, 22, 23);
    expect(answerOf(a, 2).optionIds).toHaveLength(4);
  });

  it('numbers a ranked question in tapping order and undoes a tap', () => {
    const a = tap({}, RANKED, 31, 30, 32, 30);
    expect(answerOf(a, 3).optionIds).toEqual([31, 32]);
  });

  it('ignores an option of another question', () => {
    expect(tapOption({}, PLAN, 20).answers).toEqual({});
  });

  it('says what each question asks', () => {
    expect(questionHint(PLAN)).toBe('单选，请选一项');
    expect(questionHint(MEASURES)).toBe('多选，最多选2项（选答，可以不答）');
    expect(questionHint({ ...MEASURES, maxChoices: 4, required: true })).toBe('多选，可以选多项');
    expect(questionHint(RANKED)).toBe('排序，按您的喜好依次点选');
    expect(questionHint(TEXT)).toContain('不超过500字');
    expect(textCount('  停车难  ')).toBe('3/500字');
  });

  it('refuses a blank required question, naming the field as the server does', () => {
    const checked = answerBody(QUESTIONS, tap({}, RANKED, 31));
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors).toEqual({ 'answers.0': '第1题必答：请选一项' });
    expect(questionError(0, (f) => checked.errors[f])).toBe('第1题必答：请选一项');
    expect(questionError(2, (f) => checked.errors[f])).toBeUndefined();
  });

  it('refuses words over the limit and a ranking left blank', () => {
    const a = setText(tap({}, PLAN, 11), 4, '很'.repeat(501));
    const checked = answerBody(QUESTIONS, a);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors).toEqual({ 'answers.2': '第3题必答：请至少点选一项排个序', 'answers.3.text': '第4题不能超过500字' });
  });

  it('sends one answer per question, in order, options in the question’s order and a ranking in hers', () => {
    let a = tap({}, PLAN, 11);
    a = tap(a, MEASURES, 22, 20);
    a = tap(a, RANKED, 31, 30, 32);
    a = setText(a, 4, '  请把电动车充电桩装在北门  ');
    expect(answerBody(QUESTIONS, a)).toEqual({
      ok: true,
      body: {
        answers: [
          { questionId: 1, optionIds: [11] },
          { questionId: 2, optionIds: [20, 22] },
          { questionId: 3, optionIds: [31, 30, 32] },
          { questionId: 4, text: '请把电动车充电桩装在北门' },
        ],
      },
    });
  });

  it('sends an optional question left blank as the question alone', () => {
    const checked = answerBody(QUESTIONS, tap(tap({}, PLAN, 10), RANKED, 30));
    expect(checked.ok && checked.body.answers[1]).toEqual({ questionId: 2 });
    expect(checked.ok && checked.body.answers[3]).toEqual({ questionId: 4 });
  });

  it('counts the questions answered and sums them up for the confirm', () => {
    let a = tap({}, PLAN, 11);
    a = tap(a, RANKED, 31, 30);
    expect(answeredCount(QUESTIONS, a)).toBe(2);
    expect(answerSummary(QUESTIONS, a)).toEqual([
      { prompt: '1. 您支持哪个停车方案？', answer: '方案二：错时共享停车（夜间开放周边单位停车场）' },
      { prompt: '2. 希望同步实施哪些措施？', answer: '未作答' },
      { prompt: '3. 请按优先顺序排列三个方案', answer: '1. 方案二\n2. 方案一' },
      { prompt: '4. 您对停车管理还有什么意见和建议？', answer: '未填写' },
    ]);
  });

  it('fits answers kept on the phone to the poll as it is now', () => {
    const stored = {
      '1': { optionIds: [10, 11], text: '' },
      '2': { optionIds: [20, 21, 22, 99], text: 'x' },
      '3': { optionIds: [32, 32, 30] },
      '4': { optionIds: [10], text: '好' },
      '77': { optionIds: [1] },
    };
    expect(fitAnswers(QUESTIONS, stored)).toEqual({
      1: { optionIds: [10], text: '' },
      2: { optionIds: [20, 21], text: '' },
      3: { optionIds: [32, 30], text: '' },
      4: { optionIds: [], text: '好' },
    });
    expect(fitAnswers(QUESTIONS, null)).toEqual({});
    expect(fitAnswers(QUESTIONS, 'nonsense')).toEqual({});
  });
});
