import { scoreEvidence } from './score-evidence';

const at = (minutes: number) => new Date(Date.UTC(2026, 4, 20, 2, minutes));

describe('the evidence of a community’s score of a department', () => {
  it('takes the median report-in time of the parts reported in, and counts on time and late as the ranking does', () => {
    const evidence = scoreEvidence(
      [
        { departmentId: 1, whistledAt: at(0), reportedInAt: at(10), outcome: 'onTime' },
        { departmentId: 1, whistledAt: at(0), reportedInAt: at(40), outcome: 'late' },
        { departmentId: 1, whistledAt: at(0), reportedInAt: null, outcome: 'pending' },
        { departmentId: 2, whistledAt: at(0), reportedInAt: null, outcome: 'late' },
      ],
      [],
      [],
    );
    expect(evidence.get(1)!.reportIns).toEqual({ whistled: 3, reportedIn: 2, onTime: 1, late: 1, medianMinutes: 25 });
    expect(evidence.get(2)!.reportIns).toEqual({ whistled: 1, reportedIn: 0, onTime: 0, late: 1, medianMinutes: null });
  });

  it('counts residents’ ratings of a dispatched appeal for each department on it, only those given after its dispatch', () => {
    const evidence = scoreEvidence(
      [],
      [
        { departmentId: 1, appealId: 7, dispatchedAt: at(10), completedAt: at(50), outcome: 'onTime' },
        { departmentId: 2, appealId: 7, dispatchedAt: at(10), completedAt: null, outcome: 'late' },
        { departmentId: 1, appealId: 8, dispatchedAt: at(30), completedAt: at(90), outcome: 'late' },
      ],
      [
        { appealId: 7, at: at(5), satisfaction: 'unsatisfied' },
        { appealId: 7, at: at(60), satisfaction: 'basicallySatisfied' },
        { appealId: 8, at: at(100), satisfaction: 'unsatisfied' },
        { appealId: 9, at: at(100), satisfaction: 'satisfied' },
      ],
    );
    expect(evidence.get(1)).toMatchObject({
      dispatched: { total: 2, completed: 2, onTime: 1, late: 1 },
      ratings: { rated: 2, satisfied: 0, basicallySatisfied: 1, unsatisfied: 1 },
    });
    expect(evidence.get(2)).toMatchObject({
      dispatched: { total: 1, completed: 0, onTime: 0, late: 1 },
      ratings: { rated: 1, satisfied: 0, basicallySatisfied: 1, unsatisfied: 0 },
    });
  });
});
