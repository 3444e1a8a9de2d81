import { householdBody, householdPreview, householdStatus, preselectedBuilding } from '@/utils/hall/household';

const buildings = [
  { id: 3, name: '3号楼', code: 'C01-B03' },
  { id: 5, name: '5号楼', code: 'C01-B05' },
] as never[];

describe('her household', () => {
  it('preselects the building of the stairwell code she scanned, if it is the community’s', () => {
    expect(preselectedBuilding(5, buildings)).toBe(5);
    expect(preselectedBuilding(9, buildings)).toBeNull();
    expect(preselectedBuilding(null, buildings)).toBeNull();
    expect(preselectedBuilding(undefined, buildings)).toBeNull();
  });

  it('sends what she typed; the server keeps one spelling', () => {
    expect(householdBody({ buildingId: 3, unit: ' 2单元 ', room: '０３０１' })).toEqual({ ok: true, body: { buildingId: 3, unit: '2单元', room: '０３０１' } });
    expect(householdPreview({ buildingId: 3, unit: ' 2单元 ', room: '０３０１' }, buildings)).toBe('3号楼 2单元 301室');
    expect(householdPreview({ buildingId: 3, unit: '', room: '301' }, buildings)).toBeNull();
  });

  it('asks for what is missing, in her words', () => {
    const checked = householdBody({ buildingId: null, unit: '', room: '三零一' });
    expect(!checked.ok && checked.errors).toEqual({
      buildingId: '请选择您住的楼栋',
      unit: '请填写单元号，如 2',
      room: '房间号只能是数字或字母，如 301',
    });
  });

  it('says whether staff have verified it', () => {
    expect(householdStatus({ verifiedAt: '2026-03-02T02:00:00Z' })).toMatchObject({ label: '已核实', tone: 'ok' });
    expect(householdStatus({ verifiedAt: null })).toMatchObject({ label: '待核实', tone: 'warning' });
  });
});
