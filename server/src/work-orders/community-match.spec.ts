import { placeWorkOrder, type Directory } from './community-match';

const directory: Directory = {
  communities: [
    { id: 1, name: '万寿路社区', code: 'C01' },
    { id: 2, name: '万寿路西街社区', code: 'C02' },
    { id: 3, name: '翠微路2号院社区', code: 'C03' },
    { id: 4, name: '甲社区', code: 'C04' },
  ],
  buildings: [
    { id: 11, name: '1号楼', communityId: 1 },
    { id: 13, name: '3号楼', communityId: 1 },
    { id: 113, name: '13号楼', communityId: 1 },
    { id: 21, name: '1号楼', communityId: 2 },
    { id: 31, name: '甲1号楼', communityId: 3 },
    { id: 32, name: '乙1号楼', communityId: 3 },
  ],
};

const place = (community: string | null, address: string | null) => {
  const p = placeWorkOrder(directory, community, address);
  return { community: p.community?.id ?? null, building: p.building?.id ?? null, error: p.error, warning: p.warning };
};

describe('placing a 12345 work order in its community', () => {
  it('takes the community column: its name, its code, its name without 社区, or its name inside a longer one', () => {
    expect(place('万寿路社区', null)).toEqual({ community: 1, building: null });
    expect(place(' c02 ', null)).toEqual({ community: 2, building: null });
    expect(place('万寿路西街', null)).toEqual({ community: 2, building: null });
    expect(place('翠微路2号院', null)).toEqual({ community: 3, building: null });
    expect(place('海淀区万寿路街道翠微路2号院社区居委会', null)).toEqual({ community: 3, building: null });
  });

  it('refuses a community that is not the street’s, and one the column leaves open between two', () => {
    expect(place('羊坊店社区', '万寿路社区1号楼').error).toBe('未知社区「羊坊店社区」：不是本街道的社区');
    expect(place('万寿路社区、万寿路西街社区', null).error).toBe('所属社区「万寿路社区、万寿路西街社区」可能是万寿路社区、万寿路西街社区，请核对');
  });

  it('otherwise finds the community named in the address, the longest name winning', () => {
    expect(place(null, '海淀区万寿路西街社区1号楼3单元502')).toEqual({ community: 2, building: 21 });
    expect(place(null, '万寿路社区13号楼')).toEqual({ community: 1, building: 113 });
    expect(place(null, '万寿路社区3号楼')).toEqual({ community: 1, building: 13 });
    expect(place('', null).error).toBe('缺少所属社区和诉求地址，无法确定所属社区');
  });

  it('reads a name without 社区 only when no full name is there, and never the street’s name for a community’s', () => {
    expect(place(null, '翠微路2号院甲1号楼')).toEqual({ community: 3, building: 31 });
    expect(place(null, '海淀区万寿路街道翠微路2号院乙1号楼')).toEqual({ community: 3, building: 32 });
    expect(place(null, '万寿路街道某小区').error).toBe('诉求地址「万寿路街道某小区」中没有本街道的社区名称，无法确定所属社区');
  });

  it('refuses an address naming two communities, and names no building when the address names two', () => {
    expect(place(null, '万寿路社区与翠微路2号院社区之间的道路').error).toBe('诉求地址中出现多个社区（万寿路社区、翠微路2号院社区），无法确定所属社区');
    expect(place(null, '翠微路2号院社区甲1号楼和乙1号楼之间')).toEqual({
      community: 3,
      building: null,
      warning: '地址中出现多个楼栋（甲1号楼、乙1号楼），未指定楼栋',
    });
  });

  it('looks for the building in the address also when the community column named the community', () => {
    expect(place('万寿路社区', '复兴路甲1号院13号楼')).toEqual({ community: 1, building: 113 });
    expect(place('万寿路社区', '复兴路')).toEqual({ community: 1, building: null });
  });
});
