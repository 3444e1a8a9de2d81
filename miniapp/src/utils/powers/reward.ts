import {
  REWARD_STATUSES,
  REWARD_STATUS_LABELS,
  quarterOf,
  type AppealSummary,
  type ApproveRewardRequest,
  type CreateRewardRequest,
  type MeetingRecord,
  type ReturnRewardRequest,
  type RewardAction,
  type RewardBasis,
  type RewardEventInfo,
  type RewardRequestInfo,
  type RewardStatus,
  type Role,
} from '@lingjuli/shared';
import { checked, collect, requiredText, requiredTitle, type Checked } from '@/utils/powers/check';
import { checkPastDay, dateInputToIso } from '@/utils/dates';

/** 综合考评's default label: the quarter running now, e.g. 2026年第1季度. */
export function currentQuarterLabel(now: Date): string {
  return quarterOf(now).name;
}

/** The largest amount (yuan) a request may carry. */
export const MAX_AMOUNT = 100_000;
/** The most appeals one 一事一议 request may name. */
export const MAX_APPEALS = 20;

export interface RewardForm {
  liaisonUserId: number | null;
  basis: RewardBasis;
  appealIds: number[];
  periodLabel: string;
  reward: string;
  /** Whole yuan, optional. */
  amount: string;
  reason: string;
}

/** A reward request: whom, on what basis (the appeals, or the evaluation), what, how much, why. */
export function rewardBody(form: RewardForm): Checked<CreateRewardRequest> {
  const amountText = form.amount.trim();
  const amount = Number(amountText);
  const amountOk = !amountText || (/^\d+$/.test(amountText) && amount > 0 && amount <= MAX_AMOUNT);
  const caseByCase = form.basis === 'caseByCase';
  return checked(
    collect({
      liaisonUserId: form.liaisonUserId === null ? '请选择民情专员' : undefined,
      appealIds: !caseByCase
        ? undefined
        : form.appealIds.length === 0
          ? '请选择奖励所针对的诉求'
          : form.appealIds.length > MAX_APPEALS
            ? `一次最多关联${MAX_APPEALS}件诉求`
            : undefined,
      periodLabel: caseByCase ? undefined : requiredTitle(form.periodLabel, '考评期', 50),
      reward: requiredTitle(form.reward, '奖励内容', 200),
      amount: amountOk ? undefined : `金额须为1–${MAX_AMOUNT}的整数（元），可不填`,
      reason: requiredText(form.reason, '申请理由'),
    }),
    () => ({
      liaisonUserId: form.liaisonUserId as number,
      basis: form.basis,
      ...(caseByCase ? { appealIds: [...form.appealIds] } : { periodLabel: form.periodLabel.trim() }),
      reward: form.reward.trim(),
      ...(amountText ? { amount } : {}),
      reason: form.reason.trim(),
    }),
  );
}

/** The longest meeting record parts and return reason the server keeps. */
export const MEETING_LIMITS = { attendees: 500, decision: 1000, minutes: 5000 } as const;
export const MAX_RETURN_REASON = 500;

export interface MeetingForm {
  /** YYYY-MM-DD, Beijing day. */
  date: string;
  attendees: string;
  decision: string;
  minutes: string;
}

/** The party organisation's meeting (社区党组织会议): all four parts, on a day that has passed. */
export function meetingBody(form: MeetingForm, now: Date): Checked<MeetingRecord> {
  return checked(
    collect({
      date: checkPastDay(form.date, '会议日期', now),
      attendees: requiredTitle(form.attendees, '参会人员', MEETING_LIMITS.attendees),
      decision: requiredTitle(form.decision, '会议决定', MEETING_LIMITS.decision),
      minutes: requiredTitle(form.minutes, '会议纪要', MEETING_LIMITS.minutes),
    }),
    () => ({ date: dateInputToIso(form.date) as string, attendees: form.attendees.trim(), decision: form.decision.trim(), minutes: form.minutes.trim() }),
  );
}

export function returnBody(reason: string): Checked<ReturnRewardRequest> {
  return checked(collect({ reason: requiredTitle(reason, '退回理由', MAX_RETURN_REASON) }), () => ({ reason: reason.trim() }));
}

/** The longest approval comment the server keeps. */
export const MAX_APPROVE_COMMENT = 500;

/** The secretary's approval: her comment is optional, kept on the request's timeline. */
export function approveBody(comment: string): Checked<ApproveRewardRequest> {
  const text = comment.trim();
  return checked(collect({ comment: text.length > MAX_APPROVE_COMMENT ? `审批意见不能超过${MAX_APPROVE_COMMENT}个字` : undefined }), () =>
    text ? { comment: text } : {},
  );
}

/** What she is about to approve, in one line: for whom, what, how much (a money decision is read before it is made). */
export function approvalSummary(info: Pick<RewardRequestInfo, 'liaison' | 'reward' | 'amount' | 'communityName'>): string {
  const amount = amountText(info.amount);
  return `${info.communityName} · 民情专员${info.liaison.name}：${info.reward}${amount ? `，金额${amount}` : ''}`;
}

/** Appeals a case-by-case reward can be for: closed ones, newest first, those the liaison took part in first. */
export function rewardableAppeals(appeals: readonly AppealSummary[]): AppealSummary[] {
  return appeals.filter((a) => a.status === 'closed').sort((a, b) => b.receivedAt.localeCompare(a.receivedAt) || b.id - a.id);
}

/** How many appeals the form shows before 显示更多. */
export const APPEALS_SHOWN = 8;

/** The first `limit` appeals (all when `showAll`), plus any chosen further down so a choice never hides. */
export function visibleAppeals<T extends { id: number }>(appeals: readonly T[], chosen: readonly number[], showAll: boolean, limit = APPEALS_SHOWN): T[] {
  if (showAll) return [...appeals];
  return appeals.filter((a, i) => i < limit || chosen.includes(a.id));
}

// ---- the list ----

/** Which statuses come first for each role: what is waiting for her. */
const FIRST: Partial<Record<Role, RewardStatus[]>> = {
  communitySecretary: ['awaitingApproval'],
  streetAdmin: ['approved'],
  communityStaff: ['returned', 'draft'],
};

/** The heading of the group waiting for her. */
const WAITING_HEADING: Partial<Record<Role, Partial<Record<RewardStatus, string>>>> = {
  communitySecretary: { awaitingApproval: '待我审批' },
  streetAdmin: { approved: '待街道确认' },
  communityStaff: { returned: '已退回，请修改后重新提交', draft: '草稿（待记录会议并提交）' },
};

export interface RewardGroup {
  status: RewardStatus;
  heading: string;
  /** The group that waits for this role's action. */
  waiting: boolean;
  items: RewardRequestInfo[];
}

/** Requests grouped by status, what waits for this role first, newest first inside a group; empty groups left out. */
export function groupRewards(list: readonly RewardRequestInfo[], role: Role): RewardGroup[] {
  const first = FIRST[role] ?? [];
  const order = [...first, ...REWARD_STATUSES.filter((s) => !first.includes(s))];
  return order
    .map((status) => ({
      status,
      heading: WAITING_HEADING[role]?.[status] ?? REWARD_STATUS_LABELS[status],
      waiting: first.includes(status),
      items: list.filter((r) => r.status === status).sort((a, b) => b.proposedAt.localeCompare(a.proposedAt) || b.id - a.id),
    }))
    .filter((g) => g.items.length > 0);
}

/** e.g. 500元, or null. */
export function amountText(amount: number | null): string | null {
  return amount === null || amount === undefined ? null : `${amount}元`;
}

// ---- the request ----

export const REWARD_EVENT_LABELS: Record<RewardEventInfo['type'], string> = {
  propose: '提出奖励申请',
  recordMeeting: '记录党组织会议',
  submit: '提交书记审批',
  approve: '书记批准，报街道',
  return: '书记退回',
  acknowledge: '街道确认',
};

export interface RewardButton {
  action: Exclude<RewardAction, 'recordMeeting'>;
  id: string;
  label: string;
  kind: 'primary' | 'secondary' | 'danger';
}

const BUTTONS: Record<RewardButton['action'], Omit<RewardButton, 'action'>> = {
  submit: { id: 'reward-submit', label: '提交书记审批', kind: 'primary' },
  approve: { id: 'reward-approve', label: '批准', kind: 'primary' },
  return: { id: 'reward-return', label: '退回', kind: 'danger' },
  acknowledge: { id: 'reward-acknowledge', label: '街道确认', kind: 'primary' },
};

/** The buttons for the actions the server offers (recording the meeting is a form, not a button). */
export function rewardButtons(actions: readonly RewardAction[]): RewardButton[] {
  return (Object.keys(BUTTONS) as RewardButton['action'][]).filter((a) => actions.includes(a)).map((action) => ({ action, ...BUTTONS[action] }));
}

/** What the request waits for now, in words. */
export function rewardNextStep(info: Pick<RewardRequestInfo, 'status' | 'meeting'>): string {
  switch (info.status) {
    case 'draft':
      return info.meeting ? '会议记录已填写，可提交书记审批' : '请先记录社区党组织会议，再提交书记审批';
    case 'returned':
      return '书记已退回：请按退回理由修改（如补充会议记录）后重新提交';
    case 'awaitingApproval':
      return '等待社区书记审批';
    case 'approved':
      return '书记已批准，等待街道确认';
    case 'acknowledged':
      return '街道已确认，流程完成';
  }
}
