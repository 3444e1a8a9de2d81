import { householdLabel, inAudience, normaliseRoom, normaliseUnit } from './households';

describe('households', () => {
  it('reads one flat the same however it is written', () => {
    expect(['2', '2单元', '２单元', ' 2 ', '02'].map(normaliseUnit)).toEqual(['2', '2', '2', '2', '2']);
    expect(['301', '301室', '０３０１', '301号', 'b-301'].map(normaliseRoom)).toEqual(['301', '301', '301', '301', 'B-301']);
  });

  it('refuses what is not a unit or room number', () => {
    expect(['', '单元', '二单元', '1; DROP', '12345678901', '-1'].map(normaliseUnit)).toEqual([null, null, null, null, null, null]);
    expect(normaliseRoom('0')).toBe('0');
  });

  it('labels a household', () => {
    expect(householdLabel('3号楼', '2', '301')).toBe('3号楼 2单元 301室');
  });

  it('says who is in an audience', () => {
    const person = { userId: 7, household: { communityId: 1, buildingId: 11 } };
    const base = { communityId: 1, buildingIds: [] as number[], invitedUserIds: [] as number[] };
    expect(inAudience({ ...base, audience: 'community' }, person)).toBe(true);
    expect(inAudience({ ...base, audience: 'community', communityId: 2 }, person)).toBe(false);
    expect(inAudience({ ...base, audience: 'community' }, { userId: 7, household: null })).toBe(false);
    expect(inAudience({ ...base, audience: 'buildings', buildingIds: [11] }, person)).toBe(true);
    expect(inAudience({ ...base, audience: 'buildings', buildingIds: [12] }, person)).toBe(false);
    expect(inAudience({ ...base, audience: 'invited', invitedUserIds: [7] }, { userId: 7, household: null })).toBe(true);
    expect(inAudience({ ...base, audience: 'invited', invitedUserIds: [8] }, person)).toBe(false);
  });
});
