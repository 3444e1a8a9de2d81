import type { SurveyInfo } from '@lingjuli/shared';
import {
  answerChoices,
  checkHousehold,
  countsLine,
  draftFromRequest,
  emptyHousehold,
  formFieldOf,
  householdPlace,
  nextDoor,
  savedLine,
  setChoice,
  setText,
  withOffset,
} from '@/utils/surveys/household';

const survey: Pick<SurveyInfo, 'questions'> = {
  questions: [
    { id: 11, position: 1, type: 'satisfaction', text: '您对社区党组织的工作是否满意？', choices: ['satisfied', 'basicallySatisfied', 'unsatisfied'] },
    { id: 12, position: 2, type: 'yesNo', text: '凝聚力增强了吗？', choices: ['yes', 'no', 'unsure'] },
    { id: 13, position: 3, type: 'text', text: '还有什么意见？', choices: [] },
  ],
};

describe('one household at the door', () => {
  it('offers the big buttons in the survey order with their words', () => {
    expect(answerChoices(survey.questions[0]).map((c) => c.label)).toEqual(['满意', '基本满意', '不满意']);
    expect(answerChoices(survey.questions[1]).map((c) => c.label)).toEqual(['是', '否', '说不清']);
  });

  it('asks for every choice question, naming the answer as the server does', () => {
    const checked = checkHousehold(survey, setChoice(emptyHousehold(), 11, 'satisfied'));
    expect(checked).toEqual({ ok: false, errors: { 'answers.1': '请选择第2题的回答' } });
  });

  it('builds the request: answers in order, the text only when said, the place only when given', () => {
    let draft = setChoice(emptyHousehold(), 11, 'basicallySatisfied');
    draft = setChoice(draft, 12, 'unsure');
    expect(checkHousehold(survey, draft)).toEqual({
      ok: true,
      body: {
        answers: [{ questionId: 11, choice: 'basicallySatisfied' }, { questionId: 12, choice: 'unsure' }, { questionId: 13 }],
      },
    });
    draft = { ...setText(draft, 13, '  楼道灯希望修一下 '), buildingId: 5, unit: ' 2 ', room: '301' };
    const checked = checkHousehold(survey, draft);
    expect(checked.ok && checked.body).toEqual({
      buildingId: 5,
      unit: '2',
      room: '301',
      answers: [
        { questionId: 11, choice: 'basicallySatisfied' },
        { questionId: 12, choice: 'unsure' },
        { questionId: 13, text: '楼道灯希望修一下' },
      ],
    });
  });

  it('refuses a door number or words too long', () => {
    const draft = { ...setChoice(setChoice(emptyHousehold(), 11, 'satisfied'), 12, 'yes'), room: '1'.repeat(21) };
    expect(checkHousehold(survey, setText(draft, 13, '字'.repeat(501)))).toEqual({
      ok: false,
      errors: { room: '门牌号不能超过20个字', 'answers.2': '第3题不能超过500个字' },
    });
  });

  it('clears the answers and the room for the next door, keeping the building and unit', () => {
    const done = { ...setChoice(emptyHousehold(), 11, 'satisfied'), buildingId: 5, unit: '2', room: '301' };
    expect(nextDoor(done)).toEqual({ buildingId: 5, unit: '2', room: '', answers: {} });
  });

  it('puts a refused household back in the form', () => {
    expect(
      draftFromRequest({
        buildingId: 5,
        room: '301',
        answers: [
          { questionId: 11, choice: 'satisfied' },
          { questionId: 13, text: '好' },
        ],
      }),
    ).toEqual({
      buildingId: 5,
      unit: '',
      room: '301',
      answers: { 11: { choice: 'satisfied', text: '' }, 13: { choice: null, text: '好' } },
    });
  });

  it('writes the time she asked with the phone offset, the same instant', () => {
    const at = new Date('2026-03-02T01:30:05Z');
    const text = withOffset(at);
    expect(text).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    expect(new Date(text).getTime()).toBe(at.getTime());
  });

  it('says where the household is, and how many are saved', () => {
    const buildings = [{ id: 5, name: '3号楼' }];
    expect(householdPlace(buildings, { buildingId: 5, unit: '2', room: '301' })).toBe('3号楼 2单元 301室');
    expect(householdPlace(buildings, { unit: '东单元' })).toBe('东单元');
    expect(householdPlace(buildings, {})).toBe('未填门牌');
    expect(countsLine(3, 1)).toBe('已保存 3 户，待上传 1 户');
    expect(savedLine(4)).toBe('已保存第 4 户');
  });

  it('finds the form field a refusal names', () => {
    expect(formFieldOf('answers.1.choice')).toBe('answers.1');
    expect(formFieldOf('buildingId')).toBe('buildingId');
    expect(formFieldOf('interviewedAt')).toBeNull();
    expect(formFieldOf(null)).toBeNull();
  });
});
