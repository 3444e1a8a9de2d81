import { FEEDBACK_METHOD_LABELS, formatShanghaiDateTime, type LiaisonRecord } from '@lingjuli/shared';

export interface RecordFigures {
  reports: number;
  proactive: number;
  visits: number;
  /** 未诉即办 share of her reports, e.g. 80%; null without reports. */
  proactiveShare: string | null;
}

export function recordFigures(record: LiaisonRecord): RecordFigures {
  return {
    reports: record.reports,
    proactive: record.proactiveReports,
    visits: record.visits,
    proactiveShare: record.reports > 0 ? `${Math.round((record.proactiveReports / record.reports) * 100)}%` : null,
  };
}

/** One line about a visit: 11月24日 10:30 · 上门 */
export function visitLine(visit: LiaisonRecord['recentVisits'][number]): string {
  return `${formatShanghaiDateTime(new Date(visit.at))} · ${FEEDBACK_METHOD_LABELS[visit.method]}`;
}
