import {
  emptyDecision,
  linkedAppealError,
  minutesBody,
  minutesFields,
  minutesFromMeeting,
  publishWarning,
  sameMinutes,
  toggleLinkedAppeal,
  type MinutesDraft,
} from '@/utils/hall/minutes-form';

const draft: MinutesDraft = {
  minutes: ' 会议由社区书记主持。 ',
  decisions: [
    {
      text: ' 增设停车位 ',
      outcome: 'adopted',
      appeals: [
        { id: 7, code: '20260302-00007' },
        { id: 7, code: '20260302-00007' },
      ],
    },
    { text: '收费方案', outcome: 'rejected', appeals: [] },
    { text: '下次再议', outcome: 'none', appeals: [{ id: 8, code: '20260302-00008' }] },
  ],
};

describe('the minutes editor', () => {
  it('sends the outcome as adopted true / false / left out, and each appeal once', () => {
    expect(minutesBody(draft)).toEqual({
      ok: true,
      body: {
        minutes: '会议由社区书记主持。',
        decisions: [
          { text: '增设停车位', adopted: true, appealIds: [7] },
          { text: '收费方案', adopted: false },
          { text: '下次再议', appealIds: [8] },
        ],
      },
    });
  });

  it('asks for the minutes, each decision’s words and its outcome', () => {
    const checked = minutesBody({ minutes: ' ', decisions: [emptyDecision()] });
    expect(!checked.ok && checked.errors).toEqual({
      minutes: '请填写会议纪要',
      'decisions.0.text': '请填写决议内容',
      'decisions.0.adopted': '请选择表决结果：通过、未通过或未表决',
    });
  });

  it('reads back the draft saved on the server', () => {
    expect(
      minutesFromMeeting({
        minutes: '纪要',
        decisions: [
          { id: 1, text: '甲', adopted: true, appeals: [{ id: 7, code: 'C7', category: 'other' }] },
          { id: 2, text: '乙', adopted: null, appeals: [] },
        ],
      }),
    ).toEqual({
      minutes: '纪要',
      decisions: [
        { text: '甲', outcome: 'adopted', appeals: [{ id: 7, code: 'C7' }] },
        { text: '乙', outcome: 'none', appeals: [] },
      ],
    });
    expect(minutesFromMeeting({ minutes: null, decisions: [] })).toEqual({ minutes: '', decisions: [] });
  });

  it('warns before publishing who is told and that it is final', () => {
    expect(publishWarning(draft)).toBe(
      '发布后，会议纪要和3项决议将向参会范围内的居民公开。决议关联的2件诉求的居民（反映人和点了“我也遇到了”的居民）会收到通知，诉求的办理记录中会加上这条决议。发布后纪要和决议不能再修改。',
    );
    expect(publishWarning({ minutes: '纪要', decisions: [] })).toContain('没有决议关联诉求，不会另行通知居民。');
  });

  it("names the server's message on a linked appeal by the appeal's code", () => {
    const messages: Record<string, string> = { 'decisions.2.appealIds.0': '诉求不存在或不属于本社区' };
    expect(linkedAppealError(draft, 2, (f) => messages[f])).toBe('20260302-00008：诉求不存在或不属于本社区');
    expect(linkedAppealError(draft, 0, (f) => messages[f])).toBeUndefined();
    expect(minutesFields(draft)).toContain('decisions.2.appealIds.0');
  });

  it('ticks and unticks an appeal, and compares drafts', () => {
    const a = { id: 1, code: 'C1' };
    expect(toggleLinkedAppeal([], a)).toEqual([a]);
    expect(toggleLinkedAppeal([a], a)).toEqual([]);
    expect(sameMinutes(draft, JSON.parse(JSON.stringify(draft)) as MinutesDraft)).toBe(true);
    expect(sameMinutes(draft, { ...draft, minutes: '别的' })).toBe(false);
  });
});
