import type { WhistleSummary } from '@lingjuli/shared';
import { myTarget } from '@/utils/powers/whistles';

/** The department's open whistles (first page): how many, and how many still wait for it to report in. */
export interface WhistleWork {
  open: number;
  waiting: number;
  /** More pages follow: `open` is a lower bound. */
  more: boolean;
}

export function whistleWork(openWhistles: readonly WhistleSummary[], departmentId: number | null, more: boolean): WhistleWork {
  const waiting = openWhistles.filter((w) => myTarget(w, departmentId)?.status === 'whistled').length;
  return { open: openWhistles.length, waiting, more };
}

/**
 * The link to 社区吹哨 says what waits there, so a department with no dispatched appeals sees where
 * its work is (or that there is none) instead of a bare empty queue.
 */
export function whistlesLinkLabel(work: WhistleWork | null): string {
  if (!work) return '社区吹哨：待报到、在办';
  if (work.open === 0) return '社区吹哨：暂无进行中，查看记录';
  const open = `${work.open}${work.more ? '+' : ''}个进行中`;
  return work.waiting > 0 ? `社区吹哨：${work.waiting}个待本单位报到，共${open}` : `社区吹哨：${open}`;
}
