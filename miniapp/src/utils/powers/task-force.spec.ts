import {
  addRepresentativeRow,
  chooseTaskForceLead,
  emptyTaskForceDraft,
  memberRole,
  removeRepresentativeRow,
  setRepresentativeRow,
  sortMembers,
  taskForceBody,
  taskForceNoteBody,
  toggleTaskForceMember,
} from '@/utils/powers/task-force';

describe('forming a task force', () => {
  it('keeps the lead out of the plain members', () => {
    let d = emptyTaskForceDraft();
    d = toggleTaskForceMember(d, 2);
    d = toggleTaskForceMember(d, 3);
    d = chooseTaskForceLead(d, 2);
    expect([d.leadId, d.memberIds]).toEqual([2, [3]]);
    expect(toggleTaskForceMember(d, 2)).toBe(d);
    expect(chooseTaskForceLead(d, 2).leadId).toBeNull();
  });

  it('adds and removes representatives, always keeping one row to type in', () => {
    let rows = addRepresentativeRow(['业主代表 张先生']);
    rows = setRepresentativeRow(rows, 1, '业主代表 李女士');
    expect(rows).toEqual(['业主代表 张先生', '业主代表 李女士']);
    expect(removeRepresentativeRow(rows, 0)).toEqual(['业主代表 李女士']);
    expect(removeRepresentativeRow(['x'], 0)).toEqual(['']);
  });

  it('sends the lift example from the method (加装电梯)', () => {
    const d = { name: ' 3号楼加装电梯专班 ', leadId: 8, memberIds: [2, 3], representatives: ['业主代表 张先生', '  '], note: '' };
    expect(taskForceBody(d)).toEqual({
      ok: true,
      body: { name: '3号楼加装电梯专班', leadDepartmentId: 8, memberDepartmentIds: [2, 3], representatives: ['业主代表 张先生'] },
    });
    const bad = taskForceBody(emptyTaskForceDraft());
    expect(bad.ok ? null : Object.keys(bad.errors)).toEqual(['name', 'leadDepartmentId']);
  });

  it('needs a note’s content', () => {
    expect(taskForceNoteBody(' ', 'public').ok).toBe(false);
    expect(taskForceNoteBody(' 已完成入户意见征集 ', 'internal')).toEqual({ ok: true, body: { content: '已完成入户意见征集', visibility: 'internal' } });
  });

  it('lists the lead first, then departments, the community and people', () => {
    const members = [
      { kind: 'person' as const, name: '业主代表 张先生', lead: false },
      { kind: 'community' as const, name: '示例社区01', lead: false },
      { kind: 'department' as const, name: '平安建设办公室（安生办）', lead: false },
      { kind: 'department' as const, name: '区民政局', lead: true },
    ];
    expect(sortMembers(members).map((m) => [m.name, memberRole(m)])).toEqual([
      ['区民政局', '牵头单位'],
      ['平安建设办公室（安生办）', '成员单位'],
      ['示例社区01', '社区'],
      ['业主代表 张先生', '居民代表等'],
    ]);
  });
});

describe('task force limits', () => {
  it('drops repeated representatives and caps member departments', () => {
    const d = { name: '专班', leadId: 1, memberIds: [], representatives: ['业主代表 张先生', ' 业主代表 张先生 '], note: '' };
    expect(taskForceBody(d)).toMatchObject({ ok: true, body: { representatives: ['业主代表 张先生'] } });
    const many = taskForceBody({ ...d, memberIds: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] });
    expect(many.ok ? null : many.errors.memberDepartmentIds).toBe('成员单位最多10个');
  });
});
