import type { DepartmentSummary } from '@lingjuli/shared';
import { chooseLead, describeSelection, emptySelection, groupDepartments, toDispatchRequest, toggleAssist } from '@/utils/street/dispatch-selection';

const departments: DepartmentSummary[] = [
  { id: 1, name: '城市管理办公室', kind: 'office' },
  { id: 6, name: '综合行政执法队', kind: 'office' },
  { id: 15, name: '物业服务公司', kind: 'thirdParty' },
  { id: 10, name: '自来水公司', kind: 'memberUnit' },
];

describe('choosing lead and assisting departments', () => {
  it('has one lead; choosing another replaces it, choosing it again clears it', () => {
    let s = chooseLead(emptySelection(), 1);
    expect(s.leadId).toBe(1);
    s = chooseLead(s, 6);
    expect(s.leadId).toBe(6);
    expect(chooseLead(s, 6).leadId).toBeNull();
  });

  it('toggles assisting departments, never the lead, and a new lead stops assisting', () => {
    let s = toggleAssist(toggleAssist(emptySelection(), 6), 15);
    expect(s.assistIds).toEqual([6, 15]);
    s = toggleAssist(s, 6);
    expect(s.assistIds).toEqual([15]);
    s = chooseLead(s, 15);
    expect(s).toEqual({ leadId: 15, assistIds: [] });
    expect(toggleAssist(s, 15)).toBe(s);
  });

  it('builds the request only with a lead, leaving out empty parts', () => {
    expect(toDispatchRequest(emptySelection(), '')).toEqual({ ok: false, field: 'leadDepartmentId', message: '请选择一个主办单位' });
    expect(toDispatchRequest({ leadId: 1, assistIds: [] }, '  ')).toEqual({ ok: true, request: { leadDepartmentId: 1 } });
    expect(toDispatchRequest({ leadId: 1, assistIds: [6, 15] }, ' 请牵头办理 ')).toEqual({
      ok: true,
      request: { leadDepartmentId: 1, assistingDepartmentIds: [6, 15], note: '请牵头办理' },
    });
    expect(toDispatchRequest({ leadId: 1, assistIds: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] }, '').ok).toBe(false);
    expect(toDispatchRequest({ leadId: 1, assistIds: [] }, 'x'.repeat(2001))).toMatchObject({ ok: false, field: 'note' });
  });

  it('groups departments by kind in the fixed order and describes the choice', () => {
    expect(groupDepartments(departments).map((g) => [g.label, g.departments.map((d) => d.id)])).toEqual([
      ['街道科室', [1, 6]],
      ['党建协调委员会成员单位', [10]],
      ['第三方', [15]],
    ]);
    expect(describeSelection({ leadId: 1, assistIds: [6, 15] }, departments)).toBe('主办：城市管理办公室；协办：综合行政执法队、物业服务公司');
    expect(describeSelection(emptySelection(), departments)).toBe('尚未选择主办单位');
  });
});
