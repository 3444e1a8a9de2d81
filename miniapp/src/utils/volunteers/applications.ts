import { VOLUNTEER_KINDS, VOLUNTEER_KIND_LABELS, formatShanghaiDateTime, type Role, type VolunteerApplicationInfo, type VolunteerKind } from '@lingjuli/shared';
import type { StateView } from '@/utils/state-view';

/** A big plain sentence about where she stands, and a second line. */
/** Her latest application of each kind (her list comes newest first). */
export function latestByKind(mine: readonly VolunteerApplicationInfo[]): Partial<Record<VolunteerKind, VolunteerApplicationInfo>> {
  const latest: Partial<Record<VolunteerKind, VolunteerApplicationInfo>> = {};
  for (const a of [...mine].sort(newestFirst)) latest[a.kind] ??= a;
  return latest;
}

const newestFirst = (a: VolunteerApplicationInfo, b: VolunteerApplicationInfo) => b.appliedAt.localeCompare(a.appliedAt) || b.id - a.id;

/** Her application in words: waiting, taken on, declined with the reason she was given, or taken back. */
export function applicationStateView(a: VolunteerApplicationInfo): StateView {
  const kind = VOLUNTEER_KIND_LABELS[a.kind];
  const applied = formatShanghaiDateTime(new Date(a.appliedAt));
  switch (a.status) {
    case 'pending':
      return {
        tone: 'warning',
        title: `您的${kind}申请正在审核`,
        note: `${applied}提交给${a.communityName}。社区工作人员审核后会通知您，请留意消息。`,
      };
    case 'accepted':
      return a.kind === 'liaison'
        ? { tone: 'ok', title: '您已成为民情专员', note: `${a.communityName}已通过您的申请，欢迎加入民情专员队伍！` }
        : { tone: 'ok', title: '您的双报到登记已通过', note: `您已在${a.communityName}报到，社区有活动和培训会通知您。` };
    case 'declined':
      return {
        tone: 'danger',
        title: `您的${kind}申请未通过`,
        note: a.declineReason ? `${a.communityName}：${a.declineReason}` : `${a.communityName}没有通过这次申请。`,
      };
    case 'withdrawn':
      return { tone: 'info', title: `您已撤回${kind}申请`, note: '需要的话，可以重新申请。' };
  }
}

/** Whether she may apply for a kind now, and if not, why (said on its card). */
export interface KindChoice {
  kind: VolunteerKind;
  open: boolean;
  /** Why it is closed to her. */
  reason?: string;
}

/**
 * What she may apply for: not a kind she already serves in (a liaison, by her role or an accepted
 * application; a party member by an accepted registration), nor one with an application waiting.
 */
export function kindChoices(role: Role | null, mine: readonly VolunteerApplicationInfo[]): KindChoice[] {
  const latest = latestByKind(mine);
  return VOLUNTEER_KINDS.map((kind) => {
    const last = latest[kind];
    if (last?.status === 'pending') return { kind, open: false, reason: '申请正在审核' };
    if ((kind === 'liaison' && role === 'liaison') || last?.status === 'accepted') {
      return { kind, open: false, reason: kind === 'liaison' ? '您已是民情专员' : '您已登记双报到' };
    }
    return { kind, open: true };
  });
}

/** She serves as a volunteer (a liaison, or a registered party member): the courses are for her. */
export function isVolunteer(role: Role | null, mine: readonly VolunteerApplicationInfo[]): boolean {
  return role === 'liaison' || mine.some((a) => a.status === 'accepted');
}

/** How long a decision stays on the hall's landing after it was made. */
export const DECISION_SHOWN_DAYS = 30;

/** What the hall's landing shows of volunteering: an invitation, her application's state, or nothing. */
export type HallVolunteerCard =
  { kind: 'invite'; open: VolunteerKind[] } | { kind: 'application'; application: VolunteerApplicationInfo; view: StateView } | null;

/**
 * An application waiting comes first; then a decision of the last 30 days (she is told once more where
 * she stands); otherwise an invitation to what she may still apply for, or nothing when she serves in both.
 */
export function hallVolunteerCard(role: Role | null, mine: readonly VolunteerApplicationInfo[], now: Date): HallVolunteerCard {
  const sorted = [...mine].sort(newestFirst);
  const pending = sorted.find((a) => a.status === 'pending');
  if (pending) return { kind: 'application', application: pending, view: applicationStateView(pending) };
  const since = now.getTime() - DECISION_SHOWN_DAYS * 24 * 3600 * 1000;
  const decided = sorted.find((a) => (a.status === 'accepted' || a.status === 'declined') && a.decidedAt && new Date(a.decidedAt).getTime() >= since);
  if (decided) return { kind: 'application', application: decided, view: applicationStateView(decided) };
  const open = kindChoices(role, mine)
    .filter((c) => c.open)
    .map((c) => c.kind);
  return open.length ? { kind: 'invite', open } : null;
}

/** The invitation's words, by what she may still apply for. */
export function inviteLine(open: readonly VolunteerKind[]): string {
  if (open.length === VOLUNTEER_KINDS.length) return '愿意为邻里出份力？申请成为民情专员，或者作为在职党员到社区双报到。';
  return open[0] === 'partyMember' ? '您是在职党员吗？欢迎到社区双报到，参加社区服务。' : '愿意为邻里出份力？欢迎申请成为民情专员。';
}

/** A refusal of her application, her withdrawal or a course sign-up, in a sentence she can act on. */
export function volunteerRefusal(error: { code: string; message: string }): { message: string; reload: boolean } {
  switch (error.code) {
    case 'VOLUNTEER_APPLICATION_PENDING':
      return { message: '您已有一份同类申请正在审核，请耐心等待社区的通知，不用重复申请。', reload: true };
    case 'ALREADY_VOLUNTEER':
      return { message: `${error.message}，不用再申请了。`, reload: true };
    case 'VOLUNTEER_APPLICATION_DECIDED':
      return { message: '社区已经处理了这份申请，下面是它现在的状态。', reload: true };
    case 'TRAINING_COURSE_STARTED':
      return { message: '培训已经开始，不能再报名或取消报名了。', reload: true };
    case 'TRAINING_COURSE_NOT_FOUND':
      return { message: '找不到这次培训：它可能已被取消，或者不是为您安排的。', reload: true };
    case 'NETWORK':
      return { message: '网络不给力，没有提交成功。您填好的内容还在，网络好了再试一次。', reload: false };
    default:
      return { message: error.message, reload: false };
  }
}
