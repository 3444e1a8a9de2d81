import { dispatchOutcome, isSatisfied, judgedAt, reportInOutcome, toPeriodData } from './period-measures';

const t = (iso: string) => new Date(iso);
const due = t('2026-02-01T10:00:00.000Z');

describe('period measures', () => {
  it('reads a report-in as on time up to and including the due time, late after it or when marked missed', () => {
    const now = t('2026-03-01T00:00:00Z');
    expect(reportInOutcome({ reportedInAt: t('2026-02-01T10:00:00.000Z'), reportInMissedAt: null }, due, now)).toBe('onTime');
    expect(reportInOutcome({ reportedInAt: t('2026-02-01T10:00:00.001Z'), reportInMissedAt: null }, due, now)).toBe('late');
    // The timer's mark wins even if the stored report-in time looks early (e.g. a clock correction).
    expect(reportInOutcome({ reportedInAt: t('2026-02-01T09:00:00Z'), reportInMissedAt: t('2026-02-01T10:00:00.001Z') }, due, now)).toBe('late');
    expect(reportInOutcome({ reportedInAt: null, reportInMissedAt: null }, due, now)).toBe('late');
    expect(reportInOutcome({ reportedInAt: null, reportInMissedAt: null }, due, t('2026-02-01T10:00:00.000Z'))).toBe('pending');
  });

  it('reads a dispatched part as on time when completed by the appeal deadline; open and not yet due is pending', () => {
    expect(dispatchOutcome(t('2026-02-01T10:00:00.000Z'), due, t('2026-03-01T00:00:00Z'))).toBe('onTime');
    expect(dispatchOutcome(t('2026-02-02T00:00:00Z'), due, t('2026-03-01T00:00:00Z'))).toBe('late');
    expect(dispatchOutcome(null, due, t('2026-02-01T10:00:00.001Z'))).toBe('late');
    expect(dispatchOutcome(null, due, t('2026-02-01T09:00:00Z'))).toBe('pending');
  });

  it('judges what hung on an appeal that ended as it stood then: still within its time is pending, already late stays late', () => {
    const now = t('2026-03-01T00:00:00Z');
    const undone = { reportedInAt: null, reportInMissedAt: null };
    expect(reportInOutcome(undone, due, judgedAt(now, t('2026-02-01T09:00:00Z')))).toBe('pending');
    expect(reportInOutcome(undone, due, judgedAt(now, t('2026-02-02T00:00:00Z')))).toBe('late');
    expect(dispatchOutcome(null, due, judgedAt(now, t('2026-02-01T09:00:00Z')))).toBe('pending');
    expect(judgedAt(now, null)).toBe(now);
    expect(judgedAt(now, t('2026-04-01T00:00:00Z'))).toBe(now);
  });

  it('counts 满意 and 基本满意 as satisfied', () => {
    expect([isSatisfied('satisfied'), isSatisfied('basicallySatisfied'), isSatisfied('unsatisfied')]).toEqual([true, true, false]);
  });

  it('turns the facts into one DepartmentPeriodData per department, leaving pending rows and unknown departments out', () => {
    const data = toPeriodData({
      departments: [
        { id: 1, name: '甲科' },
        { id: 2, name: '乙科' },
      ],
      scores: [
        { departmentId: 1, score: 90 },
        { departmentId: 1, score: 70 },
        { departmentId: 9, score: 10 },
      ],
      reportIns: [
        { departmentId: 1, outcome: 'onTime' },
        { departmentId: 1, outcome: 'late' },
        { departmentId: 1, outcome: 'pending' },
      ],
      dispatches: [
        { departmentId: 2, outcome: 'onTime' },
        { departmentId: 2, outcome: 'pending' },
      ],
      ratings: [
        { departmentIds: [1, 2], satisfaction: 'basicallySatisfied' },
        { departmentIds: [2, 2], satisfaction: 'unsatisfied' },
      ],
    });
    expect(data).toEqual([
      { departmentId: 1, departmentName: '甲科', scores: [90, 70], whistles: 2, whistlesOnTime: 1, dispatched: 0, dispatchedOnTime: 0, rated: 1, satisfied: 1 },
      { departmentId: 2, departmentName: '乙科', scores: [], whistles: 0, whistlesOnTime: 0, dispatched: 1, dispatchedOnTime: 1, rated: 2, satisfied: 1 },
    ]);
  });

  it('adds what the rollups counted to what was read from the rows, for known departments only', () => {
    const data = toPeriodData({
      departments: [{ id: 1, name: '甲科' }],
      scores: [],
      reportIns: [{ departmentId: 1, outcome: 'late' }],
      dispatches: [{ departmentId: 1, outcome: 'onTime' }],
      ratings: [],
      counted: [
        { departmentId: 1, rated: 4, satisfied: 3 },
        { departmentId: 1, whistles: 5, whistlesOnTime: 4, dispatched: 2, dispatchedOnTime: 1 },
        { departmentId: 9, whistles: 7 },
      ],
    });
    expect(data).toEqual([
      { departmentId: 1, departmentName: '甲科', scores: [], whistles: 6, whistlesOnTime: 4, dispatched: 3, dispatchedOnTime: 2, rated: 4, satisfied: 3 },
    ]);
  });
});
