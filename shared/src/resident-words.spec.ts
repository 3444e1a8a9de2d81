import { APPEAL_STATUSES } from './enums';
import { STATUS_LABELS } from './labels';
import { RESIDENT_STATUS_WORDS, residentStatus, residentStatusKey } from './resident-words';

describe('the words a resident sees for her appeal', () => {
  const mine = { filedByViewer: true };

  it('says 待受理 until staff accept it, for her and for staff', () => {
    expect(residentStatus({ status: 'received', ...mine })).toMatchObject({ label: '待受理', countdown: true });
    expect(STATUS_LABELS.received).toBe('待受理');
  });

  it('asks her to rate a result she was given, with a button', () => {
    expect(residentStatus({ status: 'fedBack', ...mine })).toEqual({
      key: 'toRate',
      label: '待评价',
      tone: 'warning',
      action: { kind: 'rate', label: '去评价' },
      countdown: false,
    });
  });

  it('offers no rating to a neighbour who only said "me too", nor once she has rated it to the secretary', () => {
    const joined = residentStatus({ status: 'fedBack', filedByViewer: false });
    const reviewed = residentStatus({ status: 'fedBack', awaitingSecretaryReview: true, ...mine });
    expect([joined.label, joined.action]).toEqual(['已反馈结果', undefined]);
    expect([reviewed.label, reviewed.action]).toEqual(['书记复核中', undefined]);
  });

  it('says 已办结 (not 已关闭) once it is closed, in a good tone', () => {
    expect(residentStatus({ status: 'closed', ...mine })).toMatchObject({ label: '已办结', tone: 'ok' });
  });

  it('tells a reopened appeal from a first handling', () => {
    expect(residentStatus({ status: 'inProgress', ...mine }).label).toBe('办理中');
    expect(residentStatus({ status: 'inProgress', reopenCount: 1, ...mine }).label).toBe('重新办理中');
  });

  it('has words for every status, and only the rating offers an action', () => {
    for (const status of APPEAL_STATUSES) {
      for (const filedByViewer of [true, false]) {
        const words = residentStatus({ status, filedByViewer });
        expect(words.label).toMatch(/^[\u4e00-\u9fff，]+$/);
        expect(words.key).toBe(residentStatusKey({ status, filedByViewer }));
      }
    }
    const withAction = Object.entries(RESIDENT_STATUS_WORDS).filter(([, w]) => w.action);
    expect(withAction.map(([k]) => k)).toEqual(['toRate']);
  });
});
