import { DISPATCH_ROLE_LABELS, type AppealAction, type DispatchAssignmentInfo, type DispatchOrderInfo, type DispatchRole } from '@lingjuli/shared';

/** A department's part in a dispatched appeal, as its staff see it. */
export interface DepartmentPart {
  role: DispatchRole;
  /** 主办 / 协办 */
  label: string;
  done: boolean;
}

/** Whether `departmentId` leads or assists on the order, and whether its part is done; null if not involved. */
export function departmentPart(order: DispatchOrderInfo | null | undefined, departmentId: number | null | undefined): DepartmentPart | null {
  if (!order || departmentId == null) return null;
  const mine = order.assignments.filter((a) => a.departmentId === departmentId);
  if (!mine.length) return null;
  // One row per department is the rule; if there were two, leading is what counts.
  const row = mine.find((a) => a.role === 'lead') ?? mine[0];
  return { role: row.role, label: DISPATCH_ROLE_LABELS[row.role], done: row.completedAt !== null };
}

/** The lead department first, then the assisting ones in the order given. */
export function sortAssignments(assignments: readonly DispatchAssignmentInfo[]): DispatchAssignmentInfo[] {
  return [...assignments].sort((a, b) => (a.role === b.role ? 0 : a.role === 'lead' ? -1 : 1));
}

/** The lead department's name, for the command centre's view of a dispatched appeal. */
export function leadDepartmentName(order: DispatchOrderInfo | null | undefined): string | null {
  return order?.assignments.find((a) => a.role === 'lead')?.departmentName ?? null;
}

/**
 * Which completion the viewer may report, from the actions the server offers: the lead department
 * (or the command centre) resolves the appeal; an assisting department reports its part done.
 */
export type Completion = 'resolve' | 'completeAssignment' | null;

export function completionFor(actions: readonly AppealAction[]): Completion {
  if (actions.includes('resolve')) return 'resolve';
  if (actions.includes('completeAssignment')) return 'completeAssignment';
  return null;
}
