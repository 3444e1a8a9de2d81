import type { AppealCoordination, DispatchOrderInfo, PersonRef, WhistleSummary } from '@lingjuli/shared';
import { communityPartyChoices, jointDepartmentGroups, unresolvedTaskForceNames } from '@/utils/staff/joint-feedback';

const order = (assignments: [number, string, 'lead' | 'assist'][]) =>
  ({
    assignments: assignments.map(([departmentId, departmentName, role]) => ({ departmentId, departmentName, role, completedAt: null, note: null })),
  }) as DispatchOrderInfo;
const whistle = (targets: [number, string][]) =>
  ({ targets: targets.map(([departmentId, departmentName]) => ({ departmentId, departmentName })) }) as WhistleSummary;
const coordination = (over: Partial<AppealCoordination> = {}): AppealCoordination => ({
  appealId: 1,
  whistles: [],
  dispatchAssignments: [],
  taskForce: null,
  ...over,
});
const taskForce = (names: string[]) =>
  ({
    members: [...names.map((name) => ({ kind: 'department' as const, name, lead: false })), { kind: 'person' as const, name: '业主代表 张先生', lead: false }],
  }) as AppealCoordination['taskForce'];

describe('the departments a community feedback may name', () => {
  it('is none when no department worked on the appeal', () => {
    expect(jointDepartmentGroups({ dispatchOrder: null }, coordination())).toEqual([]);
  });

  it('groups them by how they took part, each department once', () => {
    const groups = jointDepartmentGroups(
      {
        dispatchOrder: order([
          [3, '城市管理办公室', 'lead'],
          [4, '综合行政执法队', 'assist'],
        ]),
      },
      coordination({
        dispatchAssignments: [{ departmentId: 3, departmentName: '城市管理办公室', role: 'lead', completedAt: null }],
        whistles: [
          whistle([
            [4, '综合行政执法队'],
            [7, '区园林绿化局'],
          ]),
        ],
        taskForce: taskForce(['区园林绿化局', '区水务局']),
      }),
      [{ id: 9, name: '区水务局', kind: 'memberUnit' }],
    );
    expect(groups.map((g) => [g.label, g.departments.map((d) => d.id)])).toEqual([
      ['派单承办的单位', [3, 4]],
      ['吹哨报到的单位', [7]],
      ['专班的成员单位', [9]],
    ]);
  });

  it('falls back to the dispatch order when the coordination view is not there', () => {
    expect(jointDepartmentGroups({ dispatchOrder: order([[3, '城市管理办公室', 'lead']]) }, null)).toEqual([
      { kind: 'dispatch', label: '派单承办的单位', departments: [{ id: 3, name: '城市管理办公室' }] },
    ]);
  });

  it('leaves out a task-force department whose id is not known, and says which names need the department list', () => {
    const c = coordination({ whistles: [whistle([[7, '区园林绿化局']])], taskForce: taskForce(['区园林绿化局', '区水务局']) });
    expect(unresolvedTaskForceNames({ dispatchOrder: null }, c)).toEqual(['区水务局']);
    expect(jointDepartmentGroups({ dispatchOrder: null }, c).map((g) => g.kind)).toEqual(['whistle']);
  });
});

describe("the community's person a department feedback names", () => {
  const person = (id: number, name: string, role: PersonRef['role'] = 'communityStaff'): PersonRef => ({ id, name, role });

  it('is the handler, the first responder and the liaison, each once with every part they play', () => {
    expect(communityPartyChoices({ handler: person(2, '王芳'), firstResponder: person(2, '王芳'), assignedLiaison: person(5, '赵大爷', 'liaison') })).toEqual([
      { key: 2, label: '王芳', note: '承办人 · 首问负责人' },
      { key: 5, label: '赵大爷', note: '民情专员' },
    ]);
  });

  it('is empty when nobody in the community has taken it (escalated by the system on arrival)', () => {
    expect(communityPartyChoices({ handler: null, firstResponder: null, assignedLiaison: null })).toEqual([]);
    expect(communityPartyChoices({ handler: person(0, '系统', 'system'), firstResponder: null, assignedLiaison: null })).toEqual([]);
  });
});
