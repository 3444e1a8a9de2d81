import type { ActorRole, AppealStatus, Channel, DepartmentKind, DispatchRole, FeedbackMethod, Level, Role, Satisfaction, Tier } from './enums';
import type { RatingSource, TimelineEntryType } from './contract';
import type { AppealAction } from './transitions';

/** Chinese labels shown to users; code uses the English keys. */
export const CHANNEL_LABELS: Record<Channel, string> = {
  window: '民情窗口',
  hotline: '民情专线',
  liaison: '民情专员',
  online: '线上',
  city12345: '12345转派',
  open311: '开放接口',
};

/** How an appeal came in, in words, with a 12345 transfer's work-order number: 12345转派（工单 BJ12345-0001）. */
export function channelText(appeal: { channel: Channel; workOrderNo: string | null }): string {
  return appeal.workOrderNo ? `${CHANNEL_LABELS[appeal.channel]}（工单 ${appeal.workOrderNo}）` : CHANNEL_LABELS[appeal.channel];
}

export const TIER_LABELS: Record<Tier, string> = {
  emergency: '紧急',
  utility: '水电气热',
  ordinary: '一般',
  complex: '复杂疑难',
};

export const LEVEL_LABELS: Record<Level, string> = {
  community: '社区',
  street: '街道指挥分中心',
  taskForce: '专班',
};

export const STATUS_LABELS: Record<AppealStatus, string> = {
  // Not yet taken in by staff: "已受理" would promise what the 受理 button has still to do.
  received: '待受理',
  inProgress: '办理中',
  resolved: '已办结',
  fedBack: '已反馈',
  closed: '已关闭',
  withdrawn: '已撤回',
  rejected: '不予受理',
};

export const ROLE_LABELS: Record<Role, string> = {
  resident: '居民',
  liaison: '民情专员',
  communityStaff: '社区工作人员',
  communitySecretary: '社区书记',
  gridSecretary: '网格书记',
  commandCenter: '街道指挥分中心',
  departmentStaff: '科室工作人员',
  streetAdmin: '街道管理员',
};

/** Who wrote a timeline line: a role, or the system (the timers). */
export const ACTOR_ROLE_LABELS: Record<ActorRole, string> = {
  ...ROLE_LABELS,
  system: '系统',
};

export const SATISFACTION_LABELS: Record<Satisfaction, string> = {
  satisfied: '满意',
  basicallySatisfied: '基本满意',
  unsatisfied: '不满意',
};

export const FEEDBACK_METHOD_LABELS: Record<FeedbackMethod, string> = {
  visit: '上门',
  phone: '电话',
  online: '线上',
};

export const DEPARTMENT_KIND_LABELS: Record<DepartmentKind, string> = {
  office: '街道科室',
  memberUnit: '党建协调委员会成员单位',
  thirdParty: '第三方',
};

export const DISPATCH_ROLE_LABELS: Record<DispatchRole, string> = {
  lead: '主办',
  assist: '协办',
};

/** Verbs for buttons and for "cannot … now" messages. */
export const ACTION_LABELS: Record<AppealAction, string> = {
  accept: '受理',
  retriage: '调整分级',
  assign: '指派',
  addNote: '记录进展',
  feedback: '反馈',
  resolve: '办结',
  rate: '评价',
  callback: '电话回访',
  secretaryReview: '书记复核',
  close: '关闭',
  withdraw: '撤回',
  reject: '不予受理',
  escalate: '上报街道',
  dispatch: '派单',
  completeAssignment: '完成承办',
};

/** Who gave a rating: the resident in the app, or the caller on the phone (回访, recorded by staff). */
export const RATING_SOURCE_LABELS: Record<RatingSource, string> = {
  resident: '居民评价',
  callback: '电话回访',
};

/** What a line of an appeal's timeline records: an action, the filing, another resident's "me too", what the timers and the powers add. */
export const TIMELINE_ENTRY_LABELS: Record<TimelineEntryType, string> = {
  ...ACTION_LABELS,
  file: '提交诉求',
  support: '我也遇到了',
  whistle: '社区吹哨',
  formTaskForce: '成立专班',
  taskForceNote: '专班进展',
  meetingDecision: '议事会决议',
  breach: '超时督办',
  progressOverdue: '进展逾期督办',
};
