import {
  CATEGORY_INFO,
  DEFAULT_TIER_POLICY,
  PROJECT_KIND_LABELS,
  REWARD_BASIS_LABELS,
  STATUS_LABELS,
  TIER_LABELS,
  VOLUNTEER_KIND_LABELS,
  formatShanghaiDateTime,
  type AppealStatus,
  type BallotUnit,
  type Category,
  type NotificationKind,
  type ProjectKind,
  type RewardBasis,
  type Tier,
  type VolunteerKind,
} from '@lingjuli/shared';

/**
 * The catalogue of notices: every notice's Chinese title and body, one template per kind, with typed
 * parameters (docs/architecture.md, "Events and notices"). Handlers choose the recipients and fill
 * in the parameters; nothing else writes a notice's words.
 */

export interface NoticeText {
  title: string;
  body: string;
}

/** An appeal by its code and tier, and the deadline in question. */
interface AppealDeadline {
  /** e.g. SS20260302-0007 */
  code: string;
  tier: Tier;
  dueAt: Date;
}

/** A new appeal: what, where (the building, if any) and by when; `words` already masked. */
interface NewAppeal extends AppealDeadline {
  category: Category;
  communityName: string;
  place: string | null;
  words: string;
}

/** Who handles a dispatched appeal, by name. */
interface DispatchedTo {
  code: string;
  lead: string;
  assisting: readonly string[];
}

/** A reward request as the notices name it. */
interface RewardRequestNamed {
  communityName: string;
  liaisonName: string;
  reward: string;
  basis: RewardBasis;
}

export interface NoticeParams {
  appealFiled: NewAppeal;
  appealAccepted: { code: string; tier: Tier; category: Category };
  emergencyFiled: NewAppeal;
  deadlineWarning: AppealDeadline;
  deadlineBreached: AppealDeadline;
  /** `taskForceName`: the task force working on it, if any (else a task force is suggested). */
  streetDeadlineBreached: AppealDeadline & { taskForceName: string | null };
  progressReminder: { code: string };
  progressOverdue: { code: string; dueAt: Date };
  /** `text`: what staff wrote, quoted (masked for those who said "me too"). */
  appealProgress: { code: string; text: string };
  appealResult: { code: string; text: string };
  whistled: { communityName: string; subject: string; reportInDueAt: Date };
  whistleReportInMissed: { communityName: string; subject: string; departmentName: string; dueAt: Date };
  /** `role`: what the recipient's department is asked to do. */
  dispatched: DispatchedTo & { role: 'lead' | 'assist' };
  dispatchParticipation: DispatchedTo;
  appealReopened: { code: string; why: string; assignments: readonly string[] };
  whistleCancelled: { communityName: string; subject: string; appealStatus: AppealStatus };
  projectConsultation: { title: string; kind: ProjectKind; opinionDueAt: Date };
  projectOpinionOverdue: { title: string; kind: ProjectKind; opinionDueAt: Date };
  rewardRequest: RewardRequestNamed & ({ step: 'submitted' | 'approved' } | { step: 'returned'; reason: string });
  accountLocked: { displayName: string; username: string | null; failedLogins: number };
  /** `reason`: the building, the problem and how often it came back. */
  visitTask: { communityName: string; reason: string };
  /** `name`: the applicant's real name, for the staff who review her application. */
  volunteerApplication: { communityName: string; kind: VolunteerKind; name: string };
  volunteerDecision: { communityName: string; kind: VolunteerKind } & ({ decision: 'accepted' } | { decision: 'declined'; reason: string });
  /** A residents' meeting (议事会) decided on her appeal: `text` the decision (masked for those who said "me too"), `adopted` its vote, if any. */
  meetingDecision: { code: string; topic: string; text: string; adopted: boolean | null };
  meetingCancelled: { topic: string; startsAt: Date; reason: string | null };
  meetingChanged: { topic: string; startsAt: Date; place: string };
  /** `reader`: the community's staff (asked to record the adopted plan) or one who took part. */
  pollClosed: { title: string; communityName: string; participants: number; eligible: number; ballotUnit: BallotUnit; reader: 'staff' | 'participant' };
  /** `plan`: the adopted option and/or the plan's words. */
  pollAdopted: { title: string; communityName: string; plan: string };
}

/** At most 80 characters of what someone wrote. */
const quote = (words: string) => (words.length > 80 ? `${words.slice(0, 80)}…` : words);
const overdue = (p: AppealDeadline) => `${p.code}（${TIER_LABELS[p.tier]}）已于 ${formatShanghaiDateTime(p.dueAt)} 超时`;
const dispatchedTo = (p: DispatchedTo) => `${p.lead}主办${p.assisting.length ? `，${p.assisting.join('、')}协办` : ''}`;
const rewardLine = (p: RewardRequestNamed) => `${p.communityName}为民情专员${p.liaisonName}申请“${p.reward}”（${REWARD_BASIS_LABELS[p.basis]}）`;

const where = (p: NewAppeal) => `${p.communityName}${p.place ? ` ${p.place}` : ''}`;

export const NOTICES: { [K in NotificationKind]: (params: NoticeParams[K]) => NoticeText } = {
  appealFiled: (p) => ({
    title: `新诉求：${CATEGORY_INFO[p.category].label}`,
    body: `${p.code}（${TIER_LABELS[p.tier]}）${where(p)}：${quote(p.words)}。请于 ${formatShanghaiDateTime(p.dueAt)} 前响应`,
  }),
  emergencyFiled: (p) => ({
    title: `紧急诉求：${where(p)}`,
    body: `${p.code}（${CATEGORY_INFO[p.category].label}）：${quote(p.words)}。须于 ${formatShanghaiDateTime(p.dueAt)} 前处置完毕，请立即响应`,
  }),
  deadlineWarning: (p) => ({
    title: '诉求即将超时',
    body: `${p.code}（${TIER_LABELS[p.tier]}）将于 ${formatShanghaiDateTime(p.dueAt)} 到期，请尽快办理`,
  }),
  deadlineBreached: (p) => ({ title: '诉求超时，已上报街道督办', body: `${overdue(p)}，已自动上报街道指挥分中心` }),
  streetDeadlineBreached: (p) =>
    p.taskForceName !== null
      ? { title: '专班办理诉求超时，请督办', body: `${overdue(p)}，请街道领导督办，专班“${p.taskForceName}”牵头单位加快办理` }
      : { title: '街道层级诉求超时，建议成立专班', body: `${overdue(p)}，请街道领导督办，建议成立专班` },
  progressReminder: (p) => ({ title: '请公开办理进展', body: `复杂诉求 ${p.code} 已超过72小时未公开进展，请尽快发布` }),
  progressOverdue: (p) => ({
    title: '复杂诉求未公开进展，已督办',
    body: `${p.code} 应于 ${formatShanghaiDateTime(p.dueAt)} 前公开进展，至今未发布`,
  }),
  appealAccepted: (p) => ({
    title: '您反映的问题已受理',
    body: `${p.code}（${CATEGORY_INFO[p.category].label}）社区已受理。${DEFAULT_TIER_POLICY.tiers[p.tier].promise}`,
  }),
  appealProgress: (p) => ({ title: '您反映的问题有新进展', body: `${p.code}：${quote(p.text)}` }),
  appealResult: (p) => ({ title: '您反映的问题已办结，请评价', body: `${p.code}：${quote(p.text)}` }),
  whistled: (p) => ({ title: `${p.communityName}吹哨，请按时报到`, body: `${p.subject}：请于 ${formatShanghaiDateTime(p.reportInDueAt)} 前报到` }),
  whistleReportInMissed: (p) => ({
    title: '吹哨单位未按时报到，已督办',
    body: `${p.communityName}吹哨“${p.subject}”：${p.departmentName}未在 ${formatShanghaiDateTime(p.dueAt)} 前报到`,
  }),
  dispatched: (p) =>
    p.role === 'lead'
      ? { title: '街道派单：请主办办理', body: `${p.code}：${dispatchedTo(p)}。请牵头办理并办结` }
      : { title: '街道派单：请协办', body: `${p.code}：${dispatchedTo(p)}。请配合主办单位办理，完成后报告协办完成` },
  dispatchParticipation: (p) => ({ title: '诉求已派单，请社区派员参与', body: `${p.code}：已派${dispatchedTo(p)}。请派社区干部和民情专员参与办理` }),
  appealReopened: (p) => ({
    title: '诉求重新办理，请继续处理',
    body: `${p.code}：${p.why}，已重新办理。${p.assignments.join('、')}请继续办理，由主办单位办结`,
  }),
  whistleCancelled: (p) => ({
    title: '吹哨已撤销，无需再报到',
    body: `${p.communityName}吹哨“${p.subject}”：诉求${STATUS_LABELS[p.appealStatus]}，吹哨随之撤销`,
  }),
  projectConsultation: (p) => ({
    title: '街道项目征求社区意见',
    body: `「${p.title}」（${PROJECT_KIND_LABELS[p.kind]}）请于${formatShanghaiDateTime(p.opinionDueAt)}前回复社区意见`,
  }),
  projectOpinionOverdue: (p) => ({
    title: '街道项目征求意见已逾期',
    body: `「${p.title}」（${PROJECT_KIND_LABELS[p.kind]}）应于${formatShanghaiDateTime(p.opinionDueAt)}前回复社区意见，社区尚未回复`,
  }),
  rewardRequest: (p) => {
    switch (p.step) {
      case 'submitted':
        return { title: '民情专员奖励申请待审批', body: rewardLine(p) };
      case 'approved':
        return { title: '社区奖励申请已批准，请街道确认', body: rewardLine(p) };
      case 'returned':
        return { title: '民情专员奖励申请被退回', body: `${rewardLine(p)}。退回原因：${p.reason}` };
    }
  },
  accountLocked: (p) => ({
    title: '工作人员账号已锁定',
    body: `${p.displayName}（${p.username ?? ''}）连续${p.failedLogins}次密码错误，账号已锁定。确认是本人后可在“人员”中解锁。`,
  }),
  visitTask: (p) => ({
    title: '请走访重复诉求楼栋',
    body: `${p.communityName}：${p.reason}。请上门了解情况，记录走访结果。`,
  }),
  volunteerApplication: (p) => ({
    title: `新的志愿者申请：${VOLUNTEER_KIND_LABELS[p.kind]}`,
    body: p.kind === 'liaison' ? `${p.name}申请成为${p.communityName}的民情专员，请审核。` : `${p.name}申请到${p.communityName}双报到，请审核。`,
  }),
  volunteerDecision: (p) =>
    p.decision === 'accepted'
      ? {
          title: p.kind === 'liaison' ? '您已成为民情专员' : '您的双报到登记已通过',
          body:
            p.kind === 'liaison'
              ? `${p.communityName}已通过您的申请，欢迎加入民情专员队伍。`
              : `${p.communityName}已接收您的双报到登记，欢迎参加社区志愿服务。`,
        }
      : { title: `您的${VOLUNTEER_KIND_LABELS[p.kind]}申请未通过`, body: `${p.communityName}：${p.reason}` },
  meetingDecision: (p) => ({
    title: '居民议事会对您反映的问题作出决议',
    body: `${p.code}：议事会「${p.topic}」决议${p.adopted === null ? '' : p.adopted ? '（通过）' : '（未通过）'}：${quote(p.text)}`,
  }),
  meetingCancelled: (p) => ({
    title: '议事会已取消',
    body: `原定 ${formatShanghaiDateTime(p.startsAt)} 召开的「${p.topic}」已取消${p.reason ? `：${p.reason}` : ''}`,
  }),
  meetingChanged: (p) => ({
    title: '议事会时间或地点有变',
    body: `「${p.topic}」改为 ${formatShanghaiDateTime(p.startsAt)} 在${p.place}召开`,
  }),
  pollClosed: (p) => {
    const unit = p.ballotUnit === 'household' ? '户' : '人';
    const rate = p.eligible > 0 ? `，参与率${Math.round((Math.min(p.participants, p.eligible) / p.eligible) * 1000) / 10}%` : '';
    return p.reader === 'staff'
      ? {
          title: `征求意见已结束：${p.title}`,
          body: `「${p.title}」已结束，${p.participants}${unit}参与（应参与${p.eligible}${unit}${rate}）。请查看结果，记录采纳方案。`,
        }
      : { title: '您参与的征求意见已公布结果', body: `${p.communityName}「${p.title}」已结束，共${p.participants}${unit}参与，结果已公布。` };
  },
  pollAdopted: (p) => ({ title: '征求意见的采纳方案已公布', body: `${p.communityName}「${p.title}」采纳方案：${quote(p.plan)}` }),
};

export function renderNotice<K extends NotificationKind>(kind: K, params: NoticeParams[K]): NoticeText {
  return NOTICES[kind](params);
}

/**
 * What a WeChat subscription message shows besides the notice's title and words (wechat/subscribe-fields.ts):
 * the appeal's code, the place, and the time that matters (a deadline; else when it happened).
 */
export interface NoticeDetails {
  /** The words themselves where the body wraps them in more (e.g. the code before what staff wrote). */
  text?: string;
  code?: string;
  place?: string;
  time?: Date;
}

const deadlineDetails = (p: AppealDeadline): NoticeDetails => ({ code: p.code, time: p.dueAt });

/** The details of each notice that goes out through WeChat (`SUBSCRIPTION_TOPIC_OF`). */
export const NOTICE_DETAILS: { [K in NotificationKind]?: (params: NoticeParams[K]) => NoticeDetails } = {
  appealAccepted: (p) => ({ code: p.code }),
  appealProgress: (p) => ({ code: p.code, text: p.text }),
  appealResult: (p) => ({ code: p.code, text: p.text }),
  emergencyFiled: (p) => ({ code: p.code, text: p.words, place: where(p), time: p.dueAt }),
  deadlineWarning: deadlineDetails,
  deadlineBreached: deadlineDetails,
  streetDeadlineBreached: deadlineDetails,
  whistled: (p) => ({ place: p.communityName, time: p.reportInDueAt }),
  dispatched: (p) => ({ code: p.code }),
  visitTask: (p) => ({ place: p.communityName }),
};

export function noticeDetails<K extends NotificationKind>(kind: K, params: NoticeParams[K]): NoticeDetails | null {
  const details = NOTICE_DETAILS[kind];
  return details ? details(params) : null;
}
