import {
  ACTOR_ROLE_LABELS,
  CATEGORY_INFO,
  CHANNEL_LABELS,
  DISPATCH_ROLE_LABELS,
  FEEDBACK_METHOD_LABELS,
  LEVEL_LABELS,
  SATISFACTION_LABELS,
  TIER_LABELS,
  TIMELINE_ENTRY_LABELS,
  formatShanghaiTimestamp,
  isBreached,
  isMet,
  maskPersonName,
  maskPersonalData,
  namesIn,
  type TimelineEntryType,
} from '@lingjuli/shared';
import { appealCode, leadFirst } from '../appeals/appeal.mapper';
import type { XlsxCell, XlsxColumn } from '../common/export/xlsx';
import type { LedgerAppeal, LedgerAppealNames, LedgerAssignment, LedgerFeedback, LedgerLine, LedgerRating } from './ledger-reader';

/*
 * The rows of the ledger's sheets (台账 / 民情热线日志), from what LedgerReader loads. Every name, phone
 * and word goes through the personal-data mask (docs/domain.md §11): the file leaves the product. The
 * resident's own name is hidden wherever it appears, also where staff repeat it without 我叫 before it.
 */

/** What the 诉求台账 row of an appeal reads besides the appeal (with its people's names). */
export interface AppealRowParts {
  communityName: string;
  /** The contact number, already masked (the reader decrypts it). */
  phone: string | null;
  feedbacks: readonly LedgerFeedback[];
  ratings: readonly LedgerRating[];
  assignments: readonly LedgerAssignment[];
}

export const APPEAL_COLUMNS: readonly XlsxColumn[] = [
  { header: '编号', width: 14 },
  { header: '社区', width: 14 },
  { header: '渠道', width: 11 },
  { header: '受理时间', width: 17 },
  { header: '首问负责人', width: 12 },
  { header: '诉求人', width: 10 },
  { header: '联系电话', width: 14 },
  { header: '类别', width: 12 },
  { header: '级别', width: 10 },
  { header: '内容', width: 60 },
  { header: '办理层级', width: 14 },
  { header: '承办人/单位', width: 36 },
  { header: '时限', width: 17 },
  { header: '是否按时', width: 9 },
  { header: '反馈方式与时间', width: 36 },
  { header: '评价', width: 30 },
  { header: '办结时间', width: 17 },
];

export const CONTACT_COLUMNS: readonly XlsxColumn[] = [
  { header: '编号', width: 14 },
  { header: '时间', width: 17 },
  { header: '类型', width: 14 },
  { header: '操作人角色', width: 14 },
  { header: '内容', width: 60 },
  { header: '公开/内部', width: 10 },
];

/**
 * Which timeline lines the 联系记录 sheet lists: every contact with the resident (filing, feedback, her
 * rating, the callback) and every step of the handling, the system's included (a breach is the
 * supervision's step). Not another resident's "me too": neither a contact with this resident nor a
 * step. A new kind of line must be placed here (the compiler asks).
 */
export const CONTACT_LOG_TYPES: Record<TimelineEntryType, boolean> = {
  file: true,
  accept: true,
  retriage: true,
  assign: true,
  addNote: true,
  feedback: true,
  resolve: true,
  rate: true,
  callback: true,
  secretaryReview: true,
  close: true,
  withdraw: true,
  reject: true,
  escalate: true,
  dispatch: true,
  completeAssignment: true,
  breach: true,
  progressOverdue: true,
  whistle: true,
  formTaskForce: true,
  taskForceNote: true,
  // A residents' meeting's decision on the appeal, told to its residents.
  meetingDecision: true,
  support: false,
};

export const CONTACT_LOG_TYPE_LIST = (Object.keys(CONTACT_LOG_TYPES) as TimelineEntryType[]).filter((type) => CONTACT_LOG_TYPES[type]);

/** The names the resident gave (the contact name, her account's name, 我叫… in her words), to hide them wherever they appear. */
export function residentNames(appeal: Omit<LedgerAppealNames, 'id' | 'receivedAt'>): string[] {
  return [appeal.contactName, appeal.reporterName, ...namesIn(appeal.content)].filter((name): name is string => !!name);
}

const time = (at: Date | null) => (at ? formatShanghaiTimestamp(at) : null);

/**
 * 是否按时: met when the deadline's requirement was met by the due time (the current handling cycle's,
 * see Appeal.respondedAt), late when it was met after it or not at all once past it; not yet due while
 * neither. An appeal that ended without a response (withdrawn, rejected) is judged when it ended.
 */
export function onTimeLabel(appeal: Pick<LedgerAppeal, 'dueAt' | 'respondedAt' | 'closedAt'>, now: Date): '是' | '否' | '未到期' {
  if (appeal.respondedAt) return isMet(appeal.dueAt, appeal.respondedAt) ? '是' : '否';
  return isBreached(appeal.dueAt, appeal.closedAt ?? now) ? '否' : '未到期';
}

/** One appeal's row of 诉求台账. */
export function appealRow(appeal: LedgerAppeal, parts: AppealRowParts, now: Date): XlsxCell[] {
  const names = residentNames(appeal);
  const mask = (text: string | null | undefined) => (text ? maskPersonalData(text, names) : null);
  const resident = appeal.contactName ?? appeal.reporterName;
  const departments = leadFirst(parts.assignments).map((a) => `${a.departmentName ?? ''}（${DISPATCH_ROLE_LABELS[a.role]}）`);
  const handlers = [mask(appeal.handlerName), departments.join('、')].filter(Boolean);
  const ratings = [...parts.ratings]
    .sort((a, b) => a.round - b.round)
    .map((r) => `${r.solved ? '已解决' : '未解决'}，${SATISFACTION_LABELS[r.satisfaction]}${r.source === 'callback' ? '（回访）' : ''}`);
  return [
    appealCode(appeal),
    parts.communityName,
    CHANNEL_LABELS[appeal.channel],
    time(appeal.receivedAt),
    mask(appeal.firstResponderName),
    resident ? maskPersonName(resident) : null,
    parts.phone,
    CATEGORY_INFO[appeal.category].label,
    TIER_LABELS[appeal.tier],
    mask(appeal.content),
    LEVEL_LABELS[appeal.level],
    handlers.join('；') || null,
    time(appeal.dueAt),
    onTimeLabel(appeal, now),
    parts.feedbacks.map((f) => `${FEEDBACK_METHOD_LABELS[f.method]} ${formatShanghaiTimestamp(f.at)}`).join('；') || null,
    ratings.join('；') || null,
    time(appeal.closedAt),
  ];
}

/** One timeline line's row of 联系记录, its words masked with the resident's names (`residentNames`). */
export function contactRow(appeal: Pick<LedgerAppeal, 'id' | 'receivedAt'>, event: Omit<LedgerLine, 'id' | 'appealId'>, names: readonly string[]): XlsxCell[] {
  return [
    appealCode(appeal),
    formatShanghaiTimestamp(event.at),
    TIMELINE_ENTRY_LABELS[event.type],
    ACTOR_ROLE_LABELS[event.actorRole],
    event.note ? maskPersonalData(event.note, names) : null,
    event.visibility === 'public' ? '公开' : '内部',
  ];
}
