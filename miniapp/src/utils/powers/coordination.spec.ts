import type { AppealCoordination } from '@lingjuli/shared';
import { appealPageFor, canFormTaskForce, canWhistle, coordinationCounts, describeCoordination, sortAssignments } from '@/utils/powers/coordination';

const coordination = (over: Partial<AppealCoordination> = {}): AppealCoordination => ({
  appealId: 5,
  whistles: [],
  dispatchAssignments: [],
  taskForce: null,
  ...over,
});

describe('coordination', () => {
  it('sums up everything working on the appeal', () => {
    const c = coordination({
      whistles: [{ status: 'open' }, { status: 'closed' }] as AppealCoordination['whistles'],
      dispatchAssignments: [
        { departmentId: 1, departmentName: '城市管理办公室', role: 'assist', completedAt: '2026-03-02T00:00:00Z' },
        { departmentId: 2, departmentName: '综合行政执法队', role: 'lead', completedAt: null },
      ],
    });
    expect(coordinationCounts(c)).toEqual({ whistles: 2, openWhistles: 1, assignments: 2, assignmentsDone: 1, taskForce: false });
    expect(describeCoordination(c)).toBe('吹哨2次（1次进行中） · 派单2个单位（已完成1） · 未成立专班');
    expect(describeCoordination(coordination())).toBe('未吹哨 · 未派单 · 未成立专班');
    expect(sortAssignments(c.dispatchAssignments).map((a) => a.role)).toEqual(['lead', 'assist']);
  });

  it('lets community staff whistle and the command centre form one task force', () => {
    expect(canWhistle('communityStaff')).toBe(true);
    expect(canWhistle('commandCenter')).toBe(false);
    expect(canFormTaskForce('commandCenter', coordination())).toBe(true);
    expect(canFormTaskForce('commandCenter', coordination({ taskForce: {} as AppealCoordination['taskForce'] }))).toBe(false);
    expect(canFormTaskForce('communitySecretary', coordination())).toBe(false);
    expect(canFormTaskForce('streetAdmin', undefined)).toBe(false);
  });

  it('opens the community’s or the street’s appeal page', () => {
    expect(appealPageFor('gridSecretary')).toBe('staff');
    expect(appealPageFor('departmentStaff')).toBe('street');
  });
});
