import type { EvaluationPeriodInfo } from '@lingjuli/shared';
import {
  collaborationText,
  defaultPeriodId,
  evidenceLines,
  formatMeasure,
  hasCurrentQuarter,
  newestFirst,
  parseScore,
  rankingFileName,
  scoredCount,
  weightLabels,
} from '@/utils/powers/evaluation';

const q1: EvaluationPeriodInfo = { id: 1, name: '2026年第1季度', startsAt: '2025-12-31T16:00:00.000Z', endsAt: '2026-03-31T16:00:00.000Z' };
const q2: EvaluationPeriodInfo = { id: 2, name: '2026年第2季度', startsAt: '2026-03-31T16:00:00.000Z', endsAt: '2026-06-30T16:00:00.000Z' };
const q4: EvaluationPeriodInfo = { id: 3, name: '2025年第4季度', startsAt: '2025-09-30T16:00:00.000Z', endsAt: '2025-12-31T16:00:00.000Z' };

describe('evaluation periods', () => {
  it('lists the newest first', () => {
    expect(newestFirst([q4, q2, q1]).map((p) => p.id)).toEqual([2, 1, 3]);
  });

  it('opens the wanted period, else the running one, else the newest', () => {
    const inQ1 = new Date('2026-02-10T00:00:00Z');
    expect(defaultPeriodId([q1, q2, q4], inQ1, 3)).toBe(3);
    expect(defaultPeriodId([q1, q2, q4], inQ1, 99)).toBe(1);
    expect(defaultPeriodId([q1, q2, q4], inQ1)).toBe(1);
    expect(defaultPeriodId([q4, q1], new Date('2027-01-10T00:00:00Z'))).toBe(1);
    expect(defaultPeriodId([], inQ1)).toBeNull();
  });

  it('knows whether the current quarter already has a period (Beijing time)', () => {
    expect(hasCurrentQuarter([q1], new Date('2026-02-10T00:00:00Z'))).toBe(true);
    // 1 April 02:00 in Beijing is still 31 March in UTC: already the second quarter.
    expect(hasCurrentQuarter([q1], new Date('2026-03-31T18:00:00Z'))).toBe(false);
    expect(hasCurrentQuarter([{ ...q2, name: '二季度' }], new Date('2026-03-31T18:00:00Z'))).toBe(true);
  });
});

describe('scores', () => {
  it('accepts whole points on the scale', () => {
    expect(parseScore('85')).toEqual({ ok: true, score: 85 });
    expect(parseScore(' 0 ')).toEqual({ ok: true, score: 0 });
    expect(parseScore('100')).toEqual({ ok: true, score: 100 });
  });

  it('refuses anything else, in words', () => {
    expect(parseScore('')).toEqual({ ok: false, message: '请填写分数' });
    expect(parseScore('101')).toEqual({ ok: false, message: '分数须在0–100之间' });
    expect(parseScore('85.5')).toEqual({ ok: false, message: '分数须为0–100的整数' });
    expect(parseScore('-1')).toEqual({ ok: false, message: '分数须为0–100的整数' });
  });

  it('says how the community worked with the department', () => {
    expect(collaborationText({ whistles: 2, dispatched: 1 })).toBe('吹哨 2 次 · 派单 1 件');
    expect(collaborationText({ whistles: 0, dispatched: 3 })).toBe('派单 3 件');
    expect(collaborationText({ whistles: 0, dispatched: 0 })).toBe('本期无往来记录');
  });

  it('puts the evidence of a score in words, each kind only when they worked at it, flagging what went wrong', () => {
    const none = { whistles: 0, whistlesOnTime: 0, dispatched: 0, dispatchedOnTime: 0, rated: 0, satisfied: 0 };
    expect(
      evidenceLines({ whistles: 3, dispatched: 2, evidence: { whistles: 2, whistlesOnTime: 1, dispatched: 2, dispatchedOnTime: 2, rated: 4, satisfied: 3 } }),
    ).toEqual([
      { label: '吹哨报到', text: '按时报到 1 次，超时 1 次；1 次尚无结论', concern: true },
      { label: '按期办结', text: '按期办结 2 件，超期 0 件', concern: false },
      { label: '居民评价', text: '评价 4 次，满意 3 次（满意率 75%）', concern: true },
    ]);
    expect(evidenceLines({ whistles: 0, dispatched: 1, evidence: none })).toEqual([
      { label: '按期办结', text: '按期办结 0 件，超期 0 件；1 件尚无结论', concern: false },
      { label: '居民评价', text: '派单诉求尚无居民评价', concern: false },
    ]);
    expect(evidenceLines({ whistles: 0, dispatched: 0, evidence: none })).toEqual([]);
  });

  it('counts what is scored', () => {
    const dept = { id: 1, name: '城市管理办公室', kind: 'office' } as never;
    const evidence = { whistles: 1, whistlesOnTime: 1, dispatched: 0, dispatchedOnTime: 0, rated: 0, satisfied: 0 };
    expect(
      scoredCount([
        { department: dept, whistles: 1, dispatched: 0, evidence, score: 80, comment: null },
        { department: dept, whistles: 1, dispatched: 0, evidence, score: null, comment: null },
      ]),
    ).toEqual({ scored: 1, total: 2 });
  });
});

describe('the ranking', () => {
  it('shows a measure with one decimal, or — without data', () => {
    expect(formatMeasure(87.25)).toBe('87.3');
    expect(formatMeasure(100)).toBe('100.0');
    expect(formatMeasure(null)).toBe('—');
  });

  it('shows the server’s weights as percentages in the column order', () => {
    expect(weightLabels({ satisfaction: 0.15, communityScore: 0.5, whistleOnTime: 0.2, dispatchOnTime: 0.15 })).toEqual([
      { measure: 'communityScore', label: '社区考评得分', percent: '50%' },
      { measure: 'whistleOnTime', label: '吹哨按时报到率', percent: '20%' },
      { measure: 'dispatchOnTime', label: '派单按时办结率', percent: '15%' },
      { measure: 'satisfaction', label: '居民满意率', percent: '15%' },
    ]);
  });

  it('names the export after the period', () => {
    expect(rankingFileName(q1)).toBe('科室排名-2026年第1季度.csv');
    expect(rankingFileName({ id: 7, name: 'a/b c' })).toBe('科室排名-abc.csv');
    expect(rankingFileName({ id: 7, name: ' ' })).toBe('科室排名-第7期.csv');
  });
});
