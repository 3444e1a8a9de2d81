import type { LiaisonRecord } from '@lingjuli/shared';
import { recordFigures, visitLine } from '@/utils/liaison/record';

const record: LiaisonRecord = { reports: 5, proactiveReports: 4, visits: 3, recentReports: [], recentVisits: [] };

describe("a liaison's record", () => {
  it('counts reports, proactive ones and visits, with the proactive share', () => {
    expect(recordFigures(record)).toEqual({ reports: 5, proactive: 4, visits: 3, proactiveShare: '80%' });
    expect(recordFigures({ ...record, reports: 0, proactiveReports: 0 }).proactiveShare).toBeNull();
  });

  it('describes a visit by time and method', () => {
    expect(visitLine({ appealId: 1, appealCode: 'x', method: 'visit', content: '', residentOpinion: null, at: '2026-11-24T02:30:00Z' })).toBe(
      '11月24日 10:30 · 上门',
    );
  });
});
