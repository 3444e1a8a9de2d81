import { visitRecordBody, visitTaskTitle } from '@/utils/liaison/building-visit';

describe('a building visit', () => {
  it('names the building and the problem', () => {
    expect(visitTaskTitle({ buildingName: '3号楼', category: 'water' })).toBe('3号楼 · 供水');
  });

  it('asks for what she saw, trimmed', () => {
    expect(visitRecordBody('  ')).toEqual({ ok: false, message: '请写下您看到的情况' });
    expect(visitRecordBody(' 水箱阀门坏了 ')).toEqual({ ok: true, body: { note: '水箱阀门坏了' } });
    expect(visitRecordBody('字'.repeat(2001))).toEqual({ ok: false, message: '最多2000字' });
  });
});
