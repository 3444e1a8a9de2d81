import type { PollDetail } from '@lingjuli/shared';
import {
  addOption,
  addQuestion,
  adoptionBody,
  changeType,
  draftFromPoll,
  emptyPollDraft,
  moveQuestion,
  pollBody,
  pollFormFields,
  removeOption,
  removeQuestion,
  setOption,
  updateQuestion,
  type PollDraft,
} from '@/utils/polls/poll-form';

const NOW = new Date('2026-03-02T02:00:00.000Z'); // 10:00 in Beijing

/** The parking poll, as staff type it. */
function parkingDraft(): PollDraft {
  let d = emptyPollDraft(NOW);
  d = { ...d, title: '小区停车方案征求意见', description: '三个方案，请每户投一票。', verifiedHouseholdsOnly: true };
  d = updateQuestion(d, 0, { prompt: '您支持哪个停车方案？', options: ['方案一：地面划线停车', '方案二：错时共享停车', '方案三：立体车库'] });
  d = addQuestion(d, 'multiple');
  d = updateQuestion(d, 1, { prompt: '希望同步实施哪些措施？', required: false, options: ['清理僵尸车', '加装充电桩', '拆除私装地锁'], maxChoices: '2' });
  d = addQuestion(d, 'ranked');
  d = updateQuestion(d, 2, { prompt: '请按优先顺序排列三个方案', options: ['方案一', '方案二', '方案三'] });
  d = addQuestion(d, 'text');
  return updateQuestion(d, 3, { prompt: '您对停车管理还有什么意见和建议？', required: false });
}

describe('the poll form', () => {
  it('starts with one single-choice question, the community, per household, two weeks', () => {
    const d = emptyPollDraft(NOW);
    expect(d.questions).toHaveLength(1);
    expect(d.questions[0]).toMatchObject({ type: 'single', options: ['', ''], required: true });
    expect(d).toMatchObject({ audience: 'community', ballotUnit: 'household', opensNow: true, closesDay: '2026-03-16', closesTime: '18:00' });
  });

  it('sends the parking poll as the server reads it', () => {
    const checked = pollBody(parkingDraft(), NOW);
    expect(checked).toEqual({
      ok: true,
      body: {
        title: '小区停车方案征求意见',
        description: '三个方案，请每户投一票。',
        questions: [
          { type: 'single', prompt: '您支持哪个停车方案？', required: true, options: ['方案一：地面划线停车', '方案二：错时共享停车', '方案三：立体车库'] },
          { type: 'multiple', prompt: '希望同步实施哪些措施？', required: false, options: ['清理僵尸车', '加装充电桩', '拆除私装地锁'], maxChoices: 2 },
          { type: 'ranked', prompt: '请按优先顺序排列三个方案', required: true, options: ['方案一', '方案二', '方案三'] },
          { type: 'text', prompt: '您对停车管理还有什么意见和建议？', required: false },
        ],
        audience: 'community',
        ballotUnit: 'household',
        verifiedHouseholdsOnly: true,
        closesAt: '2026-03-16T18:00:00+08:00',
        notifyParticipants: true,
      },
    });
  });

  it('names each wrong field as the server does', () => {
    let d = parkingDraft();
    d = { ...d, title: ' ', description: '' };
    d = updateQuestion(d, 0, { prompt: '' });
    d = setOption(d, 0, 1, '方案一：地面划线停车');
    d = setOption(d, 2, 2, '');
    d = updateQuestion(d, 1, { maxChoices: '5' });
    const checked = pollBody(d, NOW);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(Object.keys(checked.errors).sort()).toEqual(
      ['description', 'questions.0.options.1', 'questions.0.prompt', 'questions.1.maxChoices', 'questions.2.options.2', 'title'].sort(),
    );
    expect(checked.errors['questions.0.options.1']).toBe('第1题第2个选项和前面的重复了');
    expect(checked.errors['questions.2.options.2']).toBe('第3题第3个选项是空的，请填写或删掉');
    expect(checked.errors['questions.1.maxChoices']).toContain('1到3');
  });

  it('wants two options and a question at least', () => {
    let d = removeOption(parkingDraft(), 0, 2);
    d = removeOption(d, 0, 1);
    expect(pollBody(d, NOW)).toMatchObject({ ok: false, errors: { 'questions.0.options': '第1题至少要有2个选项' } });
    d = { ...d, questions: [] };
    expect(pollBody(d, NOW)).toMatchObject({ ok: false, errors: { questions: '请至少添加一道题' } });
  });

  it('checks the times: closing after now and after opening, within a year', () => {
    const d = parkingDraft();
    expect(pollBody({ ...d, closesDay: '2026-03-02', closesTime: '09:00' }, NOW)).toMatchObject({ ok: false, errors: { closesAt: '截止时间应晚于现在' } });
    expect(pollBody({ ...d, opensNow: false, opensDay: '2026-03-20', opensTime: '08:00' }, NOW)).toMatchObject({
      ok: false,
      errors: { closesAt: '截止时间应晚于开始时间' },
    });
    expect(pollBody({ ...d, closesDay: '2027-03-20' }, NOW)).toMatchObject({ ok: false, errors: { closesAt: '截止时间不能晚于366天后' } });
    expect(pollBody({ ...d, closesDay: '2026-02-30' }, NOW)).toMatchObject({ ok: false, errors: { closesAt: expect.stringContaining('请填写截止日期') } });
    expect(pollBody({ ...d, opensNow: false, opensDay: '', opensTime: '08:00' }, NOW)).toMatchObject({ ok: false, errors: { opensAt: expect.any(String) } });
  });

  it('sends an opening time when it does not open at once', () => {
    const checked = pollBody({ ...parkingDraft(), opensNow: false, opensDay: '2026-03-03', opensTime: '08:00' }, NOW);
    expect(checked.ok && checked.body.opensAt).toBe('2026-03-03T08:00:00+08:00');
  });

  it('wants buildings or invitees for those audiences, and sends only those', () => {
    const d = parkingDraft();
    expect(pollBody({ ...d, audience: 'buildings' }, NOW)).toMatchObject({ ok: false, errors: { buildingIds: '请选择征求意见的楼栋' } });
    expect(pollBody({ ...d, audience: 'invited' }, NOW)).toMatchObject({ ok: false, errors: { invitedUserIds: expect.any(String) } });
    const checked = pollBody({ ...d, audience: 'buildings', buildingIds: [3, 3, 5], invitedUserIds: [9] }, NOW);
    expect(checked.ok && checked.body.buildingIds).toEqual([3, 5]);
    expect(checked.ok && checked.body.invitedUserIds).toBeUndefined();
  });

  it('adds, moves, removes questions and options', () => {
    let d = parkingDraft();
    d = moveQuestion(d, 3, -1);
    expect(d.questions.map((q) => q.type)).toEqual(['single', 'multiple', 'text', 'ranked']);
    expect(moveQuestion(d, 0, -1)).toBe(d);
    d = removeQuestion(d, 2);
    expect(d.questions.map((q) => q.type)).toEqual(['single', 'multiple', 'ranked']);
    d = addOption(d, 0);
    expect(d.questions[0].options).toHaveLength(4);
  });

  it('changes a question’s type: a text has no options, a choice gets two rows, only multiple keeps a limit', () => {
    let d = parkingDraft();
    d = changeType(d, 1, 'single');
    expect(d.questions[1]).toMatchObject({ type: 'single', maxChoices: '', options: ['清理僵尸车', '加装充电桩', '拆除私装地锁'] });
    d = changeType(d, 3, 'multiple');
    expect(d.questions[3]).toMatchObject({ type: 'multiple', options: ['', ''] });
    d = changeType(d, 0, 'text');
    expect(d.questions[0].options).toEqual([]);
  });

  it('reads a saved poll back into the form', () => {
    const poll = {
      title: '停车',
      description: '说明',
      questions: [
        {
          id: 1,
          type: 'multiple',
          prompt: '措施',
          required: false,
          maxChoices: 2,
          options: [
            { id: 5, label: 'A' },
            { id: 6, label: 'B' },
          ],
        },
      ],
      audience: 'buildings',
      buildings: [{ id: 3, name: '3号楼' }],
      invitedUserIds: [],
      ballotUnit: 'resident',
      verifiedHouseholdsOnly: false,
      notifyParticipants: false,
      opensAt: '2026-03-03T00:00:00.000Z',
      closesAt: '2026-03-16T10:00:00.000Z',
    } as unknown as PollDetail;
    const d = draftFromPoll(poll);
    expect(d).toMatchObject({
      audience: 'buildings',
      buildingIds: [3],
      ballotUnit: 'resident',
      opensNow: false,
      opensDay: '2026-03-03',
      opensTime: '08:00',
      closesTime: '18:00',
    });
    expect(d.questions[0]).toMatchObject({ type: 'multiple', options: ['A', 'B'], maxChoices: '2', required: false });
  });

  it('lists every field a server message may name', () => {
    const fields = pollFormFields(parkingDraft());
    expect(fields).toEqual(expect.arrayContaining(['title', 'closesAt', 'questions.0.prompt', 'questions.0.options.2', 'questions.1.maxChoices']));
  });
});

describe('the adopted plan', () => {
  it('takes an option, words, or both', () => {
    expect(adoptionBody(11, '')).toEqual({ ok: true, body: { optionId: 11 } });
    expect(adoptionBody(null, ' 试行三个月 ')).toEqual({ ok: true, body: { text: '试行三个月' } });
    expect(adoptionBody(11, '试行')).toEqual({ ok: true, body: { optionId: 11, text: '试行' } });
  });

  it('wants one of them, and words within the limit', () => {
    expect(adoptionBody(null, '  ')).toMatchObject({ ok: false, errors: { optionId: expect.any(String) } });
    expect(adoptionBody(11, '字'.repeat(501))).toMatchObject({ ok: false, errors: { text: '采纳方案不能超过500字' } });
  });
});
