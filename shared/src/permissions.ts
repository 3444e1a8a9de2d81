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
  /** A door-to-door survey (入户调查): the street runs one across communities, a community for itself; its runner closes it. */
  'survey.manage': ['communityStaff', 'communitySecretary', 'commandCenter', 'streetAdmin'],
  /** Door-to-door answers, entered for the caller's own community only (offline-tolerant, by the phone's key). */
  'survey.respond': ['liaison', 'communityStaff', 'communitySecretary'],
  /** The surveys of the caller's scope and their questions (a liaison: her community's, to enter answers). */
  'survey.read': ['liaison', 'communityStaff', 'communitySecretary', 'gridSecretary', 'commandCenter', 'streetAdmin'],
  /** A survey's results and their .xlsx: staff of her community, grid or street; not the liaisons who ask. */
  'survey.results': ['communityStaff', 'communitySecretary', 'gridSecretary', 'commandCenter', 'streetAdmin'],
  /** Street-wide campaigns (专项整治): the street creates one, starts it and finishes it with its public result. */
  'campaign.manage': ['commandCenter', 'streetAdmin'],
  /** A campaign and its progress in one's scope: the street all, a community its own, a grid its communities', a unit taking part its campaigns, a liaison her own sites. */
  'campaign.read': ['liaison', 'communityStaff', 'communitySecretary', 'gridSecretary', 'commandCenter', 'departmentStaff', 'streetAdmin'],
  /** A site found on the rounds (e.g. private ground locks at one place), in one's own community, while the campaign runs. */
  'campaign.reportSite': ['liaison', 'communityStaff', 'communitySecretary'],
  /** A site cleared, with what was done: its community's staff, or the staff of a unit taking part. */
  'campaignSite.clear': ['communityStaff', 'communitySecretary', 'departmentStaff'],
  /** Her household (户: building, unit, room), stated once; polls counted per household key on it. */
  'household.state': ['resident', 'liaison'],
  /** The community's staff verify the households residents stated, or reset one when she moves. */
  'household.review': ['communityStaff', 'communitySecretary'],
  /** Residents' meetings (议事会): the community's staff schedule, change and cancel them, record attendance, write and publish the minutes. */
  'meeting.manage': ['communityStaff', 'communitySecretary'],
  /** The meetings in one's scope: a resident or liaison those of her community she is invited to; staff their community's; the grid and the street theirs. */
  'meeting.read': ['resident', 'liaison', 'communityStaff', 'communitySecretary', 'gridSecretary', 'commandCenter', 'streetAdmin'],
  /** A resident (or liaison) of the audience signs up, withdraws, and checks in at the door with the meeting's code. */
  'meeting.attend': ['resident', 'liaison'],
  /** A resident applies to be a liaison or registers as a party member reporting to the community (双报到); a liaison may register as a party member. */
  'volunteerApplication.apply': ['resident', 'liaison'],
  /** Her own applications; the community's staff read their community's. */
  'volunteerApplication.read': ['resident', 'liaison', 'communityStaff', 'communitySecretary'],
  /** The community's staff accept or decline the applications to it. */
  'volunteerApplication.review': ['communityStaff', 'communitySecretary'],
  /** The volunteer team's figures (counts by kind, trained, age mix): the community's, the grid's, the street's (participation figures, like the measures). */
  'volunteer.team': ['communityStaff', 'communitySecretary', 'gridSecretary', 'commandCenter', 'streetAdmin'],
  /** The roster (names, birth years, units, phones): personal data, kept like the liaison registry from the command centre. */
  'volunteer.roster': ['communityStaff', 'communitySecretary', 'gridSecretary', 'streetAdmin'],
  /** The community's staff record a volunteer's birth year (a liaison registered before applications). */
  'volunteer.manage': ['communityStaff', 'communitySecretary'],
  /** Training courses and who takes them: volunteers see those for them, staff their community's, the grid its communities', the street admin all. */
  'trainingCourse.read': ['resident', 'liaison', 'communityStaff', 'communitySecretary', 'gridSecretary', 'streetAdmin'],
  /** The community's staff schedule courses and record attendance. */
  'trainingCourse.manage': ['communityStaff', 'communitySecretary'],
  /** A volunteer (a liaison, a registered party member) signs up for a course of her community. */
  'trainingCourse.signUp': ['resident', 'liaison'],
  /** Polls and questionnaires (征求意见 / 问卷): the community's staff create, edit (before the first answer), close and record the adopted plan. */
  'poll.manage': ['communityStaff', 'communitySecretary'],
  /** Polls in one's scope: a resident or liaison those whose audience she is in, staff their community's, the grid and street theirs. */
  'poll.read': ['resident', 'liaison', 'communityStaff', 'communitySecretary', 'gridSecretary', 'commandCenter', 'streetAdmin'],
  /** Answer a poll she is asked in, once (or once per household), having stated her household. */
  'poll.answer': ['resident', 'liaison'],
  /** Live results, the free-text answers (masked) and the .xlsx: staff only; residents see results once a poll closes. */
  'poll.results': ['communityStaff', 'communitySecretary', 'gridSecretary', 'commandCenter', 'streetAdmin'],
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
