import type { NoticeSubject, NoticeSubjectType } from './contract';
import type { Role } from './enums';
import { hasPermission } from './permissions';

/** The roles that work on an appeal in the community's pages (`staff/`); the others handling it use the street's. */
export const COMMUNITY_SIDE_ROLES: readonly Role[] = ['communityStaff', 'communitySecretary', 'gridSecretary'];

/** The mini-program page where a role works on an appeal (a resident, and a liaison, read it as its reporter does). */
export function appealPagePath(role: Role | null, id: number): string {
  if (role === null || role === 'resident' || role === 'liaison') return `pages/appeal/index?id=${id}`;
  return COMMUNITY_SIDE_ROLES.includes(role) ? `staff/appeal/index?id=${id}` : `street/appeal/index?id=${id}`;
}

/**
 * The page a notice opens for whoever reads it — in the inbox, and from a WeChat message — by what it
 * is about: a mini-program path with its query, no leading slash (WeChat's form). A new subject type
 * must be placed here (the compiler asks); null where the reader has no page for it.
 */
const SUBJECT_PAGES: Record<NoticeSubjectType, (id: number, role: Role | null) => string | null> = {
  appeal: (id, role) => appealPagePath(role, id),
  whistle: (id) => `powers/whistle/index?id=${id}`,
  project: (id) => `powers/project/index?id=${id}`,
  rewardRequest: (id) => `powers/reward/index?id=${id}`,
  visitTask: (id, role) => (role === 'liaison' ? `liaison/building-visit/index?id=${id}` : null),
  // The locked accounts, for whoever may unlock them (the notice says who else to ask).
  staffAccount: (id, role) => (role && hasPermission(role, 'user.unlock') ? `staff/accounts/index?id=${id}` : null),
  // A volunteer application: its applicant follows it in the hall; her community's staff review it on theirs.
  volunteerApplication: (id, role) =>
    role === null || hasPermission(role, 'volunteerApplication.apply')
      ? `hall/volunteer/index?id=${id}`
      : hasPermission(role, 'volunteerApplication.review')
        ? `deliberation/volunteers/index?id=${id}`
        : null,
  // A meeting: in the residents' hall for those who take part, on the staff page for those who keep or read it.
  meeting: (id, role) =>
    role === null || role === 'resident' || role === 'liaison'
      ? `hall/meeting/index?id=${id}`
      : hasPermission(role, 'meeting.read')
        ? `deliberation/meeting/index?id=${id}`
        : null,
  // A poll: in the residents' hall for those asked, on the staff page for those who read its results.
  poll: (id, role) =>
    role === null || hasPermission(role, 'poll.answer')
      ? `hall/poll/index?id=${id}`
      : hasPermission(role, 'poll.results')
        ? `deliberation/poll/index?id=${id}`
        : null,
};

export function noticePage(subject: NoticeSubject | null, role: Role | null): string | null {
  return subject ? SUBJECT_PAGES[subject.type](subject.id, role) : null;
}
