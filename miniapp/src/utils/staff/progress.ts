import { formatShanghaiDateTime, type AppealSummary } from '@lingjuli/shared';
import { durationWords } from '@/utils/countdown';

export interface ProgressReminder {
  state: 'ok' | 'warning' | 'overdue';
  /** e.g. 下次公开进展：3月5日 10:30 前（还剩1天2小时） */
  text: string;
}

const WARN_WITHIN_MS = 24 * 3600_000;

/**
 * Complex appeals need a public progress note at least every 72 hours until closed (docs/domain.md §5.1):
 * when the next one is due, in words; null for other tiers or when nothing is due.
 */
export function progressReminder(appeal: Pick<AppealSummary, 'tier' | 'progressDueAt'>, now: Date): ProgressReminder | null {
  if (appeal.tier !== 'complex' || !appeal.progressDueAt) return null;
  const due = new Date(appeal.progressDueAt);
  const left = due.getTime() - now.getTime();
  const at = formatShanghaiDateTime(due);
  if (left < 0) return { state: 'overdue', text: `公开进展已逾期${durationWords(-left)}（应于${at}前发布）` };
  return { state: left <= WARN_WITHIN_MS ? 'warning' : 'ok', text: `下次公开进展：${at}前（还剩${durationWords(left)}）` };
}
