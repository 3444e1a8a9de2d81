import {
  addQuestion,
  changeQuestion,
  emptySurveyDraft,
  moveQuestion,
  participantIds,
  removeQuestion,
  surveyBody,
  type SurveyDraft,
} from '@/utils/surveys/survey-form';

const TODAY = '2026-03-02';
const street = { street: true, allIds: [1, 2, 3] } as const;
const community = { street: false, ownId: 2 } as const;

function filled(change: Partial<SurveyDraft> = {}): SurveyDraft {
  return {
    ...emptySurveyDraft(TODAY),
    title: ' 社区党组织建设满意度入户调查 ',
    purpose: '了解居民评价',
    questions: [
      { type: 'satisfaction', text: '您对社区党组织的工作是否满意？' },
      { type: 'text', text: '还有什么意见？' },
    ],
    closesOn: '2026-03-15',
    ...change,
  };
}

describe('making a survey', () => {
  it('starts today with one satisfaction question and the paper’s 200 households', () => {
    expect(emptySurveyDraft(TODAY)).toMatchObject({ opensOn: TODAY, target: '200', questions: [{ type: 'satisfaction', text: '' }], everyCommunity: true });
  });

  it('sends the street’s survey to every community by leaving them out', () => {
    expect(surveyBody(filled(), street, TODAY)).toEqual({
      ok: true,
      body: {
        title: '社区党组织建设满意度入户调查',
        purpose: '了解居民评价',
        questions: [
          { type: 'satisfaction', text: '您对社区党组织的工作是否满意？' },
          { type: 'text', text: '还有什么意见？' },
        ],
        targetSampleSize: 200,
        opensOn: '2026-03-02',
        closesOn: '2026-03-15',
      },
    });
  });

  it('names the communities when chosen, or when a household count is given', () => {
    const chosen = surveyBody(filled({ everyCommunity: false, communityIds: [3, 1], households: { 1: '1200', 2: '900' } }), street, TODAY);
    expect(chosen.ok && chosen.body.communities).toEqual([{ communityId: 1, households: 1200 }, { communityId: 3 }]);
    const all = surveyBody(filled({ households: { 2: '900' } }), street, TODAY);
    expect(all.ok && all.body.communities).toEqual([{ communityId: 1 }, { communityId: 2, households: 900 }, { communityId: 3 }]);
    const own = surveyBody(filled({ households: { 2: '800' } }), community, TODAY);
    expect(own.ok && own.body.communities).toEqual([{ communityId: 2, households: 800 }]);
    const ownPlain = surveyBody(filled(), community, TODAY);
    expect(ownPlain.ok && 'communities' in ownPlain.body).toBe(false);
  });

  it('says what is missing, field by field, in the server’s names', () => {
    const draft = filled({
      title: ' ',
      questions: [{ type: 'yesNo', text: '' }],
      target: '0',
      closesOn: '2026-03-01',
      everyCommunity: false,
      communityIds: [],
    });
    expect(surveyBody(draft, street, TODAY)).toEqual({
      ok: false,
      errors: {
        title: '请填写调查名称',
        'questions.0.text': '请填写第1题',
        targetSampleSize: '每个社区的目标户数应在1到100000之间',
        closesOn: '结束日期不能早于开始日期',
        communities: '请选择参加调查的社区',
      },
    });
    expect(surveyBody(filled({ questions: [] }), street, TODAY)).toMatchObject({ ok: false, errors: { questions: '请至少添加一道题' } });
    expect(surveyBody(filled({ households: { 2: '12.5' } }), street, TODAY)).toMatchObject({
      ok: false,
      errors: { 'communities.1.households': '请填写社区总户数（整数）' },
    });
  });

  it('checks the days: real, not ended before today, at most a year', () => {
    const errors = (change: Partial<SurveyDraft>) => {
      const c = surveyBody(filled(change), street, TODAY);
      return c.ok ? {} : c.errors;
    };
    expect(errors({ opensOn: '2026-02-30' })).toEqual({ opensOn: '开始日期格式应为 年-月-日，如 2026-03-02' });
    expect(errors({ opensOn: '2026-02-01', closesOn: '2026-02-28' })).toEqual({ closesOn: '结束日期不能早于今天' });
    expect(errors({ closesOn: '2027-03-02' })).toEqual({});
    expect(errors({ closesOn: '2027-03-03' })).toEqual({ closesOn: '调查时间不能超过366天' });
    expect(errors({ closesOn: '' })).toEqual({ closesOn: '请填写结束日期' });
    // A day typed without its zeros goes in the server's one form.
    const typed = surveyBody(filled({ opensOn: '2026-3-2' }), street, TODAY);
    expect(typed.ok && typed.body.opensOn).toBe('2026-03-02');
  });

  it('adds, changes, moves and removes questions', () => {
    let d = addQuestion(emptySurveyDraft(TODAY), 'yesNo');
    d = changeQuestion(d, 1, { text: '凝聚力增强了吗？' });
    d = moveQuestion(d, 1, -1);
    expect(d.questions).toEqual([
      { type: 'yesNo', text: '凝聚力增强了吗？' },
      { type: 'satisfaction', text: '' },
    ]);
    expect(moveQuestion(d, 0, -1)).toBe(d);
    expect(removeQuestion(d, 0).questions).toEqual([{ type: 'satisfaction', text: '' }]);
  });

  it('lists the communities in the order they are sent', () => {
    expect(participantIds(filled({ everyCommunity: false, communityIds: [3, 1] }), street)).toEqual([1, 3]);
    expect(participantIds(filled(), street)).toEqual([1, 2, 3]);
    expect(participantIds(filled(), community)).toEqual([2]);
  });
});
