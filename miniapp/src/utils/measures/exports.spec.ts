import { communityLedger, communityRanking, monthDays } from '@/utils/measures/exports';

describe("the desk's exports", () => {
  it('asks for a month as its first and last day', () => {
    expect(monthDays('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(monthDays('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(monthDays('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('names the ledger and the ranking as the server does', () => {
    expect(communityLedger(7, '万寿路社区', '2026-03')).toEqual({
      path: '/ledger.xlsx',
      query: { communityId: 7, from: '2026-03-01', to: '2026-03-31' },
      fileName: '台账_万寿路社区_2026-03-01至2026-03-31.xlsx',
      label: '导出2026年3月台账',
    });
    expect(communityRanking('2026-03')).toMatchObject({ path: '/measures/overview.xlsx', query: { month: '2026-03' } });
  });
});
