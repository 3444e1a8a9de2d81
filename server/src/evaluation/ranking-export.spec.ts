import type { DepartmentRanking } from '@lingjuli/shared';
import { rankingCsv, rankingCsvDisposition, rankingFile, rankingSheet } from './ranking-export';

const ranking: DepartmentRanking = {
  period: { id: 7, name: '2026年(试行)', startsAt: '2025-12-31T16:00:00.000Z', endsAt: '2026-12-31T16:00:00.000Z' },
  weights: { communityScore: 0.5, whistleOnTime: 0.2, dispatchOnTime: 0.15, satisfaction: 0.15 },
  rows: [
    {
      rank: 1,
      departmentId: 1,
      departmentName: '物业"服务",公司',
      measures: { communityScore: 90, whistleOnTime: null, dispatchOnTime: 66.7, satisfaction: 100 },
      total: 86.3,
    },
    {
      rank: 2,
      departmentId: 2,
      departmentName: '=1+1',
      measures: { communityScore: null, whistleOnTime: null, dispatchOnTime: null, satisfaction: null },
      total: 0,
    },
  ],
};

describe('ranking CSV', () => {
  it('starts with a BOM, quotes cells that need it, neutralises formula-like names and leaves missing measures empty', () => {
    expect(rankingCsv(ranking)).toBe(
      '\uFEFF排名,科室,综合得分,社区考评得分,吹哨按时报到率,派单按时办结率,居民满意率\r\n1,"物业""服务"",公司",86.3,90.0,,66.7,100.0\r\n2,\'=1+1,0.0,,,,\r\n',
    );
  });

  it('names the file in Chinese with an ASCII fallback, escaping what RFC 5987 requires', () => {
    expect(rankingCsvDisposition(ranking)).toBe(
      `attachment; filename="department-ranking-7.csv"; filename*=UTF-8''${encodeURIComponent('科室考评排名-2026年')}%28${encodeURIComponent('试行')}%29.csv`,
    );
  });
});

describe('ranking .xlsx sheet', () => {
  it('has the CSV’s columns, the scores as numbers to one decimal, and missing measures empty', () => {
    const sheet = rankingSheet(ranking);
    const added: unknown[][] = [];
    void sheet.write({ add: (cells) => added.push([...cells]), drained: () => Promise.resolve() });
    expect(sheet.columns.map((c) => c.header)).toEqual(['排名', '科室', '综合得分', '社区考评得分', '吹哨按时报到率', '派单按时办结率', '居民满意率']);
    expect(added).toEqual([
      [1, '物业"服务",公司', 86.3, 90, null, 66.7, 100],
      [2, '=1+1', 0, null, null, null, null],
    ]);
    expect(rankingFile(ranking, 'xlsx')).toEqual({ asciiName: 'department-ranking-7.xlsx', name: '科室考评排名-2026年(试行).xlsx' });
  });
});
