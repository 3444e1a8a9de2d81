import type { NoticeSubject, NoticeSubjectType, Role } from '@lingjuli/shared';
import { routes } from '@/routes';
import { appealUrlFor } from '@/utils/powers/coordination';

/**
 * The page a notice opens, by what it is about and who reads it (the inbox). A new subject type must
 * be placed here (the compiler asks); null where the reader has no page for it.
 */
const SUBJECT_PAGES: Record<NoticeSubjectType, (id: number, role: Role | null) => string | null> = {
  // Residents (and a liaison told about what she reported) read the appeal as its reporter does.
  appeal: (id, role) => (role === null || role === 'resident' || role === 'liaison' ? routes.appeal(id) : appealUrlFor(role, id)),
  whistle: (id) => routes.whistle(id),
  project: (id) => routes.project(id),
  rewardRequest: (id) => routes.reward(id),
  visitTask: (id, role) => (role === 'liaison' ? routes.liaisonBuildingVisit(id) : null),
  // No page lists staff accounts yet: the notice itself says who unlocks it.
  staffAccount: () => null,
};

/** What the link says, by what it opens. */
export const SUBJECT_LINK_LABELS: Record<NoticeSubjectType, string> = {
  appeal: '查看诉求',
  whistle: '查看吹哨',
  project: '查看项目',
  rewardRequest: '查看申请',
  visitTask: '去走访',
  staffAccount: '查看账号',
};

export function noticeLink(subject: NoticeSubject | null, role: Role | null): string | null {
  return subject ? SUBJECT_PAGES[subject.type](subject.id, role) : null;
}
