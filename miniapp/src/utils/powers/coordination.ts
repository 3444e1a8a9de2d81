import { COMMUNITY_SIDE_ROLES, appealPagePath, hasPermission, type AppealCoordination, type DispatchRole, type Role } from '@lingjuli/shared';

/** Which appeal page a role opens: the community's handling page or the street's. */
export function appealPageFor(role: Role): 'staff' | 'street' {
  return COMMUNITY_SIDE_ROLES.includes(role) ? 'staff' : 'street';
}

/** The URL of an appeal's page for a role (shared's appealPagePath, which the notices' links use too). */
export function appealUrlFor(role: Role, appealId: number): string {
  return `/${appealPagePath(role, appealId)}`;
}

export interface CoordinationCounts {
  whistles: number;
  openWhistles: number;
  assignments: number;
  assignmentsDone: number;
  taskForce: boolean;
}

export function coordinationCounts(c: AppealCoordination): CoordinationCounts {
  return {
    whistles: c.whistles.length,
    openWhistles: c.whistles.filter((w) => w.status === 'open').length,
    assignments: c.dispatchAssignments.length,
    assignmentsDone: c.dispatchAssignments.filter((a) => a.completedAt !== null).length,
    taskForce: c.taskForce !== null,
  };
}

/** One line: 吹哨2次（1次进行中）· 派单3个单位（已完成1）· 已成立专班 */
export function describeCoordination(c: AppealCoordination): string {
  const n = coordinationCounts(c);
  const parts = [
    n.whistles ? `吹哨${n.whistles}次${n.openWhistles ? `（${n.openWhistles}次进行中）` : ''}` : '未吹哨',
    n.assignments ? `派单${n.assignments}个单位（已完成${n.assignmentsDone}）` : '未派单',
    n.taskForce ? '已成立专班' : '未成立专班',
  ];
  return parts.join(' · ');
}

/** Lead first, then assisting ones, in the server's order. */
export function sortAssignments<T extends { role: DispatchRole }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => Number(a.role === 'assist') - Number(b.role === 'assist'));
}

export const canWhistle = (role: Role) => hasPermission(role, 'whistle.create');

/** The command centre (or the street admin) may form a task force, once per appeal. */
export const canFormTaskForce = (role: Role, c: Pick<AppealCoordination, 'taskForce'> | undefined) =>
  hasPermission(role, 'taskForce.form') && !!c && c.taskForce === null;
