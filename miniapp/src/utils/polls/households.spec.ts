import type { ResidentHousehold } from '@lingjuli/shared';
import { filterHouseholds, householdQuery, householdStateLine, resetWarning, sharedLine, sortHouseholds, unverifiedCount } from '@/utils/polls/households';

const row = (userId: number, over: Partial<ResidentHousehold> = {}): ResidentHousehold => ({
  householdId: 1,
  communityId: 1,
  communityName: '示例社区01',
  buildingId: 3,
  buildingName: '3号楼',
  unit: '2',
  room: '301',
  label: '3号楼 2单元 301室',
  statedAt: '2026-03-01T01:00:00.000Z',
  verifiedAt: null,
  userId,
  displayName: `居民${userId}`,
  sharedWith: 0,
  ...over,
});

describe('households to verify', () => {
  it('asks the server for the filter', () => {
    expect(householdQuery('unverified')).toEqual({ verified: false });
    expect(householdQuery('verified')).toEqual({ verified: true });
    expect(householdQuery('all')).toEqual({});
  });

  it('says its state and who shares the flat', () => {
    expect(householdStateLine(row(1))).toBe('3月1日 09:00 登记 · 待核实');
    expect(householdStateLine(row(1, { verifiedAt: '2026-03-02T02:30:00.000Z' }))).toBe('已核实 · 3月2日 10:30');
    expect(sharedLine(row(1))).toBe('');
    expect(sharedLine(row(1, { sharedWith: 2 }))).toBe('同一住址还有2人登记（共3人）');
  });

  it('puts the unverified first, those waiting longest first, then the verified by flat', () => {
    const rows = [
      row(1, { verifiedAt: '2026-03-02T00:00:00.000Z', label: '10号楼 1单元 101室' }),
      row(2, { statedAt: '2026-03-03T00:00:00.000Z' }),
      row(3, { verifiedAt: '2026-03-02T00:00:00.000Z', label: '2号楼 1单元 101室' }),
      row(4, { statedAt: '2026-03-01T00:00:00.000Z' }),
    ];
    expect(sortHouseholds(rows).map((r) => r.userId)).toEqual([4, 2, 3, 1]);
    expect(unverifiedCount(rows)).toBe(2);
  });

  it('finds by name or flat', () => {
    const rows = [row(1, { displayName: '王秀兰' }), row(2, { label: '5号楼 1单元 502室' })];
    expect(filterHouseholds(rows, '秀兰').map((r) => r.userId)).toEqual([1]);
    expect(filterHouseholds(rows, '5号楼1单元').map((r) => r.userId)).toEqual([2]);
    expect(filterHouseholds(rows, ' ')).toHaveLength(2);
  });

  it('explains a reset: she states it again', () => {
    expect(resetWarning(row(1, { displayName: '王秀兰' }))).toContain('她需要在“社区议事厅”重新登记住址');
  });
});
