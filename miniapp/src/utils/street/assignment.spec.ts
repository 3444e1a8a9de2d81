import type { DispatchOrderInfo } from '@lingjuli/shared';
import { completionFor, departmentPart, leadDepartmentName, sortAssignments } from '@/utils/street/assignment';

const order = (assignments: DispatchOrderInfo['assignments']): DispatchOrderInfo => ({
  id: 1,
  status: 'dispatched',
  reason: '需执法力量协助',
  requestedBy: null,
  requestedAt: '2026-11-24T15:14:02.125Z',
  consultedWith: null,
  consultationNote: '',
  dispatchedBy: null,
  dispatchedAt: '2026-11-24T18:14:20.670Z',
  assignments,
});

const assist = { departmentId: 1, departmentName: '城市管理办公室', role: 'assist' as const, completedAt: null, note: null };
const lead = { departmentId: 6, departmentName: '综合行政执法队', role: 'lead' as const, completedAt: null, note: null };

describe("a department's part in a dispatched appeal", () => {
  it('says lead or assisting, and whether it is done', () => {
    const o = order([assist, lead]);
    expect(departmentPart(o, 6)).toEqual({ role: 'lead', label: '主办', done: false });
    expect(departmentPart(o, 1)).toEqual({ role: 'assist', label: '协办', done: false });
    expect(departmentPart(order([{ ...assist, completedAt: '2026-11-25T00:00:00Z' }]), 1)?.done).toBe(true);
  });

  it('is nothing without an order, a department, or an assignment', () => {
    expect(departmentPart(null, 1)).toBeNull();
    expect(departmentPart(order([lead]), null)).toBeNull();
    expect(departmentPart(order([lead]), 99)).toBeNull();
  });

  it('lists the lead first and names it', () => {
    expect(sortAssignments([assist, lead]).map((a) => a.role)).toEqual(['lead', 'assist']);
    expect(leadDepartmentName(order([assist, lead]))).toBe('综合行政执法队');
    expect(leadDepartmentName(order([]))).toBeNull();
  });

  it('offers resolving to the lead and completing the part to an assisting department', () => {
    expect(completionFor(['addNote', 'resolve'])).toBe('resolve');
    expect(completionFor(['addNote', 'completeAssignment'])).toBe('completeAssignment');
    expect(completionFor(['addNote'])).toBeNull();
  });
});
