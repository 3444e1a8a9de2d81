import { composeOpinion, emptyVisitForm, latestResult, toFeedbackRequest } from '@/utils/liaison/visit';

describe('recording a visit', () => {
  it('defaults to a visit at the door', () => {
    expect(emptyVisitForm()).toEqual({ method: 'visit', content: '', opinion: null, opinionText: '' });
  });

  it("puts the resident's opinion in one text: the chip, her words, or both", () => {
    expect(composeOpinion('satisfied', '')).toBe('满意');
    expect(composeOpinion('unsatisfied', ' 希望尽快修好 ')).toBe('不满意：希望尽快修好');
    expect(composeOpinion(null, '再看看')).toBe('再看看');
    expect(composeOpinion(null, '  ')).toBeUndefined();
  });

  it('needs what she told the resident; the opinion is optional', () => {
    expect(toFeedbackRequest(emptyVisitForm())).toEqual({ ok: false, field: 'content', message: '请写下您向居民说明的情况' });
    expect(toFeedbackRequest({ ...emptyVisitForm(), content: ' 已告知维修结果 ' })).toEqual({
      ok: true,
      request: { method: 'visit', content: '已告知维修结果' },
    });
    expect(toFeedbackRequest({ method: 'phone', content: '已电话告知', opinion: 'basicallySatisfied', opinionText: '' })).toEqual({
      ok: true,
      request: { method: 'phone', content: '已电话告知', residentOpinion: '基本满意' },
    });
    expect(toFeedbackRequest({ ...emptyVisitForm(), content: '字'.repeat(2001) }).ok).toBe(false);
  });
});

describe('the result to tell the resident', () => {
  it('is the latest resolution note, if there is one', () => {
    const timeline = [
      { type: 'file', note: null, at: '1' },
      { type: 'resolve', note: '第一次办结', at: '2' },
      { type: 'rate', note: '不满意', at: '3' },
      { type: 'resolve', note: '已更换水管', at: '4' },
      { type: 'addNote', note: '回访中', at: '5' },
    ];
    expect(latestResult(timeline)).toEqual({ note: '已更换水管', at: '4' });
    expect(latestResult(timeline.slice(0, 1))).toBeNull();
  });
});
