import { noticePage, type NoticeSubject, type NoticeSubjectType, type Role } from '@lingjuli/shared';

/** What the link says, by what it opens. */
export const SUBJECT_LINK_LABELS: Record<NoticeSubjectType, string> = {
  appeal: '查看诉求',
  whistle: '查看吹哨',
  project: '查看项目',
  rewardRequest: '查看申请',
  visitTask: '去走访',
  staffAccount: '去解锁',
  meeting: '查看议事会',
  poll: '查看征求意见',
  volunteerApplication: '查看报名',
};

/** The page a notice opens in the inbox for the role reading it (the same page its WeChat message opens). */
export function noticeLink(subject: NoticeSubject | null, role: Role | null): string | null {
  const page = noticePage(subject, role);
  return page === null ? null : `/${page}`;
}
