/** How an appeal reached us (渠道). */
export const CHANNELS = ['window', 'hotline', 'liaison', 'online', 'city12345', 'open311'] as const;
export type Channel = (typeof CHANNELS)[number];

/** The four time tiers (四级管理), strictest first. */
export const TIERS = ['emergency', 'utility', 'ordinary', 'complex'] as const;
export type Tier = (typeof TIERS)[number];

/** Who is handling the appeal (办理层级). */
export const LEVELS = ['community', 'street', 'taskForce'] as const;
export type Level = (typeof LEVELS)[number];

export const APPEAL_STATUSES = ['received', 'inProgress', 'resolved', 'fedBack', 'closed', 'withdrawn', 'rejected'] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];

/** Statuses from which nothing moves any more. */
export const FINAL_STATUSES: readonly AppealStatus[] = ['closed', 'withdrawn', 'rejected'];

export const ROLES = [
  'resident',
  'liaison',
  'communityStaff',
  'communitySecretary',
  'gridSecretary',
  'commandCenter',
  'departmentStaff',
  'streetAdmin',
] as const;
export type Role = (typeof ROLES)[number];

/** Roles that log in with a password rather than through WeChat. */
export const STAFF_ROLES: readonly Role[] = ['communityStaff', 'communitySecretary', 'gridSecretary', 'commandCenter', 'departmentStaff', 'streetAdmin'];

/** A community's own people: its staff and its secretary (first person responsible). */
export const COMMUNITY_ROLES: readonly Role[] = ['communityStaff', 'communitySecretary'];

export function isCommunityStaff(role: Role): boolean {
  return COMMUNITY_ROLES.includes(role);
}

/** The scheduler and other automatic actors act as `system`; no person holds this role. */
export type ActorRole = Role | 'system';

/** What a role is scoped to. */
export type RoleScope = 'self' | 'community' | 'grid' | 'department' | 'street';
export const ROLE_SCOPE: Record<Role, RoleScope> = {
  resident: 'self',
  liaison: 'community',
  communityStaff: 'community',
  communitySecretary: 'community',
  gridSecretary: 'grid',
  commandCenter: 'street',
  departmentStaff: 'department',
  streetAdmin: 'street',
};

export const SATISFACTIONS = ['satisfied', 'basicallySatisfied', 'unsatisfied'] as const;
export type Satisfaction = (typeof SATISFACTIONS)[number];

export const FEEDBACK_METHODS = ['visit', 'phone', 'online'] as const;
export type FeedbackMethod = (typeof FEEDBACK_METHODS)[number];

export const NOTE_VISIBILITIES = ['public', 'internal'] as const;
export type NoteVisibility = (typeof NOTE_VISIBILITIES)[number];

/** 街道科室 / 地区党建协调委员会成员单位 / 第三方 */
export const DEPARTMENT_KINDS = ['office', 'memberUnit', 'thirdParty'] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];

/** Lead (主办) or assisting (协办) department on a dispatch order. */
export const DISPATCH_ROLES = ['lead', 'assist'] as const;
export type DispatchRole = (typeof DISPATCH_ROLES)[number];

/** `cancelled`: the appeal ended (withdrawn, rejected, closed) before the order was dispatched. */
export const DISPATCH_ORDER_STATUSES = ['pending', 'dispatched', 'cancelled'] as const;
export type DispatchOrderStatus = (typeof DISPATCH_ORDER_STATUSES)[number];

/** Emergency services an emergency appeal can be handed to, recorded on resolution. */
export const EMERGENCY_SERVICES = ['110', '119', '120'] as const;
export type EmergencyService = (typeof EMERGENCY_SERVICES)[number];
