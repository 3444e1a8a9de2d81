import { shanghaiDayStart, type WorkOrderImportResult, type WorkOrderPreview, type WorkOrderRowOutcome, type WorkOrderRowResult } from '@lingjuli/shared';

/** Each row's outcome in words, and its tag's tone. */
export const ROW_OUTCOMES: Record<WorkOrderRowOutcome, { label: string; tone: 'ok' | 'warning' | 'danger' | 'plain' }> = {
  ready: { label: '可导入', tone: 'ok' },
  filed: { label: '已登记', tone: 'ok' },
  skipped: { label: '已登记过，跳过', tone: 'plain' },
  refused: { label: '有误，未导入', tone: 'danger' },
};

const ORDER: readonly WorkOrderRowOutcome[] = ['refused', 'skipped', 'ready', 'filed'];

/** What a batch holds in one line, e.g. 共 500 行：可导入 480 行，已登记过，跳过 10 行，有误，未导入 10 行. */
export function batchSummary(result: WorkOrderPreview | WorkOrderImportResult): string {
  const counts = result.counts as Partial<Record<WorkOrderRowOutcome, number>>;
  const parts = ORDER.filter((o) => counts[o] !== undefined).map((o) => `${ROW_OUTCOMES[o].label} ${counts[o]} 行`);
  return `共 ${result.rows.length} 行：${parts.join('，')}`;
}

/** The rows to show: the ones to look at (refused, skipped) first, then at most `good` of the rest. */
export function rowsToShow(rows: readonly WorkOrderRowResult[], good = 20): { shown: WorkOrderRowResult[]; more: number } {
  const problems = rows.filter((r) => r.outcome === 'refused' || r.outcome === 'skipped');
  const rest = rows.filter((r) => r.outcome === 'ready' || r.outcome === 'filed');
  return { shown: [...problems, ...rest.slice(0, good)], more: Math.max(0, rest.length - good) };
}

/** A Beijing calendar date, YYYY-MM-DD. */
export function beijingDate(at: Date): string {
  return new Date(shanghaiDayStart(at).getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The export's range as typed: both dates, the first not after the second; else the message. */
export function checkRange(range: { from: string; to: string }): string | null {
  if (!DATE.test(range.from) || !DATE.test(range.to)) return '请按 2026-03-02 的格式填写起止日期';
  if (range.from > range.to) return '开始日期不能晚于结束日期';
  return null;
}

export const repliesFileName = (range: { from: string; to: string }, format: 'xlsx' | 'csv') => `12345工单回复_${range.from}_${range.to}.${format}`;
