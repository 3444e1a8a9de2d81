import { ROLES, type Channel, type Role } from './enums';

/**
 * Role permissions for everything that is not a move of an existing appeal (those are in the
 * transition table). Which rows a role then sees is its scope (ROLE_SCOPE), applied by the server.
 */
export const PERMISSIONS = {
  'appeal.file': ['resident', 'liaison', 'communityStaff', 'communitySecretary', 'commandCenter'],
  'appeal.read': ROLES,
  /** "Me too" on an open appeal in her building instead of filing the same problem again. */
  'appeal.support': ['resident'],
  /** Open appeals of a category in a building, shown before filing. */
  'appeal.similar': ['resident', 'liaison', 'communityStaff', 'communitySecretary'],
  'liaison.record': ['liaison'],
  /**
   * The ledger (台账) as an .xlsx download: the community's own, the grid's communities, the whole street.
   * Its words are masked (exports leave the product); departments and residents keep to the app.
   */
  'ledger.export': ['communityStaff', 'communitySecretary', 'gridSecretary', 'commandCenter', 'streetAdmin'],
  // Everyone who files appeals or writes notes, which may carry photos.
  'upload.create': ['resident', 'liaison', 'communityStaff', 'communitySecretary', 'gridSecretary', 'commandCenter', 'departmentStaff'],
  'dispatchOrder.list': ['commandCenter', 'streetAdmin'],
  'card.edit': ['communitySecretary', 'streetAdmin'],
  'org.manage': ['streetAdmin'],
  // The six powers (docs/domain.md §8).
  'whistle.create': ['communityStaff', 'communitySecretary'],
  'whistle.read': ['communityStaff', 'communitySecretary', 'gridSecretary', 'commandCenter', 'departmentStaff', 'streetAdmin'],
  'whistle.respond': ['departmentStaff'],
  'whistle.close': ['communityStaff', 'communitySecretary'],
  'taskForce.form': ['commandCenter', 'streetAdmin'],
  'taskForce.note': ['communityStaff', 'communitySecretary', 'commandCenter', 'departmentStaff', 'streetAdmin'],
  'coordination.read': ['communityStaff', 'communitySecretary', 'gridSecretary', 'commandCenter', 'departmentStaff', 'streetAdmin'],
  'project.register': ['commandCenter', 'streetAdmin'],
  'project.read': ['communityStaff', 'communitySecretary', 'gridSecretary', 'commandCenter', 'streetAdmin'],
  'project.opinion': ['communityStaff', 'communitySecretary'],
  'project.start': ['commandCenter', 'streetAdmin'],
  'evaluation.period': ['communitySecretary', 'streetAdmin', 'commandCenter'],
  'evaluation.managePeriods': ['streetAdmin'],
  'evaluation.score': ['communitySecretary'],
  'evaluation.ranking': ['streetAdmin', 'commandCenter'],
  // The measures (docs/domain.md §10): each reads her own scope's figures; the overview of the communities is the grid's and the street's.
  'measures.read': ['communityStaff', 'communitySecretary', 'gridSecretary', 'commandCenter', 'departmentStaff', 'streetAdmin'],
  'measures.overview': ['gridSecretary', 'commandCenter', 'streetAdmin'],
  'measures.configure': ['streetAdmin'],
  /** How WeChat's subscription messages fare (a template WeChat refuses is the street admin's to fix). */
  'wechat.status': ['streetAdmin'],
  /** Staff, who sign in by password, link a WeChat for their messages (residents and liaisons sign in with theirs). */
  'wechat.binding': ['communityStaff', 'communitySecretary', 'gridSecretary', 'commandCenter', 'departmentStaff', 'streetAdmin'],
  /** A liaison visit to a building where a problem repeats (未诉即办), opened from the hot spots. */
  'visitTask.create': ['communityStaff', 'communitySecretary', 'gridSecretary', 'commandCenter', 'streetAdmin'],
  'visitTask.read': ['liaison', 'communityStaff', 'communitySecretary', 'gridSecretary', 'commandCenter', 'streetAdmin'],
  'visitTask.complete': ['liaison', 'communityStaff', 'communitySecretary'],
  'management.read': ['communityStaff', 'communitySecretary', 'gridSecretary', 'commandCenter', 'streetAdmin'],
  'management.edit': ['streetAdmin'],
  'liaison.registry': ['communityStaff', 'communitySecretary', 'gridSecretary', 'streetAdmin'],
  'liaison.manage': ['communityStaff', 'communitySecretary'],
  'reward.read': ['communityStaff', 'communitySecretary', 'streetAdmin'],
  'reward.propose': ['communityStaff', 'communitySecretary'],
  'reward.approve': ['communitySecretary'],
  'reward.acknowledge': ['streetAdmin'],
  /** Her landing: what waits for the community secretary (approvals, reviews, overdue and supervised appeals, scores). */
  'waiting.read': ['communitySecretary'],
  'user.list': ['communityStaff', 'communitySecretary', 'gridSecretary', 'commandCenter', 'departmentStaff', 'streetAdmin'],
  'user.manage': ['streetAdmin'],
  /** A staff account locked after wrong passwords: the secretary unlocks her community's staff, the street admin anyone. */
  'user.unlock': ['communitySecretary', 'streetAdmin'],
  /** A resident erases her personal data (PIPL); staff accounts are closed by the street admin. */
  'account.erase': ['resident'],
  /** The Open311 API's keys (docs/integration.md): issued, listed and revoked by the street admin only. */
  'open311.manage': ['streetAdmin'],
  /**
   * 12345 work orders (接诉即办, docs/integration.md): the command centre takes the city's batch in (it alone
   * files 12345 transfers for any community, FILING_CHANNELS); the street admin maps the batch's columns once; both
   * read the mapping, preview a batch without writing and download the replies to upload back to 12345.
   */
  'workOrder.read': ['commandCenter', 'streetAdmin'],
  'workOrder.import': ['commandCenter'],
  'workOrder.mapping': ['streetAdmin'],
  /** Her household (户: building, unit, room), stated once; polls counted per household key on it. */
  'household.state': ['resident', 'liaison'],
  /** The community's staff verify the households residents stated, or reset one when she moves. */
  'household.review': ['communityStaff', 'communitySecretary'],
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof PERMISSIONS;

export function hasPermission(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** The channels each role may record when filing: residents file online, staff on a caller's behalf. */
export const FILING_CHANNELS: Partial<Record<Role, readonly Channel[]>> = {
  resident: ['online'],
  liaison: ['liaison'],
  communityStaff: ['window', 'hotline', 'online', 'city12345'],
  communitySecretary: ['window', 'hotline', 'online', 'city12345'],
  // The street's command sub-centre takes in the 12345 work orders the city transfers, for any of its communities.
  commandCenter: ['city12345'],
};
