import {
  SATISFACTION_LABELS,
  STATUS_LABELS,
  WORK_ORDER_REPLY_COLUMNS,
  formatShanghaiTimestamp,
  maskPersonalData,
  namesIn,
  type AppealStatus,
  type Satisfaction,
  type TimelineEntryType,
} from '@lingjuli/shared';
import type { XlsxCell, XlsxColumn } from '../common/export/xlsx';

/*
 * A work order's reply row, in 12345's layout (pure): what the street did with the transfer, to upload
 * back to the city. The words leave the product, so they go through the personal-data mask with the
 * caller's names (docs/domain.md §11).
 */

/** The work order as the reply reads it. */
export interface ReplyAppeal {
  id: number;
  workOrderNo: string;
  status: AppealStatus;
  /** Her words, for the names she gave in them (我叫…). */
  content: string;
  contactName: string | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
}

/** What the reply reads besides the appeal: its feedbacks, ratings and the public lines that answer it. */
export interface ReplyParts {
  feedbacks: readonly { content: string; final: boolean; at: Date }[];
  ratings: readonly { round: number; solved: boolean; satisfaction: Satisfaction }[];
  /** Public timeline lines of the kinds that carry an answer (`REPLY_LINE_TYPES`), with their notes. */
  lines: readonly { type: TimelineEntryType; note: string | null; at: Date }[];
}

/** The lines whose public note answers the caller when no feedback does: the resolution, or why it was not taken. */
export const REPLY_LINE_TYPES: readonly TimelineEntryType[] = ['resolve', 'reject'];

export const REPLY_COLUMNS: readonly XlsxColumn[] = WORK_ORDER_REPLY_COLUMNS.map((header) => ({
  header,
  width: header === '回复内容' ? 60 : header === '工单编号' ? 24 : header === '办结时间' ? 17 : 10,
}));

/** 办理结果 in 12345's words: done (已办结) once resolved, fed back or closed; otherwise the status as the screens say it. */
export const HANDLING_RESULT: Record<AppealStatus, string> = {
  ...STATUS_LABELS,
  resolved: '已办结',
  fedBack: '已办结',
  closed: '已办结',
};

const latest = <T extends { at: Date }>(items: readonly T[]): T | undefined => items.reduce<T | undefined>((a, b) => (!a || b.at >= a.at ? b : a), undefined);

/** The words the city gets: the latest final feedback, else the latest public answer (resolution, refusal), else the latest interim feedback. */
export function replyText(parts: ReplyParts): string | null {
  const final = latest(parts.feedbacks.filter((f) => f.final));
  if (final) return final.content;
  const line = latest(parts.lines.filter((l) => l.note && REPLY_LINE_TYPES.includes(l.type)));
  if (line) return line.note;
  return latest(parts.feedbacks)?.content ?? null;
}

/** One work order's row: 工单编号, 办理结果, 回复内容, 办结时间, 是否联系, 是否解决, 是否满意. */
export function replyRow(appeal: ReplyAppeal, parts: ReplyParts): XlsxCell[] {
  const names = [appeal.contactName, ...namesIn(appeal.content)].filter((name): name is string => !!name);
  const words = replyText(parts);
  // The latest round's answer, the resident's own or hers on the callback.
  const rating = [...parts.ratings].sort((a, b) => b.round - a.round)[0];
  const finishedAt =
    appeal.resolvedAt ?? (appeal.status === 'closed' || appeal.status === 'rejected' || appeal.status === 'withdrawn' ? appeal.closedAt : null);
  return [
    appeal.workOrderNo,
    HANDLING_RESULT[appeal.status],
    words ? maskPersonalData(words, names) : null,
    finishedAt ? formatShanghaiTimestamp(finishedAt) : null,
    parts.feedbacks.length ? '是' : '否',
    rating ? (rating.solved ? '是' : '否') : null,
    rating ? SATISFACTION_LABELS[rating.satisfaction] : null,
  ];
}
