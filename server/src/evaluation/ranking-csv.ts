import { RANKING_MEASURE_LABELS, type DepartmentRanking, type RankingMeasure } from '@lingjuli/shared';
import { csvDisposition, toCsv } from '../common/export/csv';

const MEASURES: readonly RankingMeasure[] = ['communityScore', 'whistleOnTime', 'dispatchOnTime', 'satisfaction'];

const number = (value: number | null) => (value === null ? null : value.toFixed(1));

/**
 * The ranking as CSV for the year-end review (see common/export/csv.ts): a Chinese header, one row per
 * department; a measure without data is an empty cell.
 */
export function rankingCsv(ranking: DepartmentRanking): string {
  const header = ['排名', '科室', '综合得分', ...MEASURES.map((m) => RANKING_MEASURE_LABELS[m])];
  const rows = ranking.rows.map((r) => [r.rank, r.departmentName, number(r.total), ...MEASURES.map((m) => number(r.measures[m]))]);
  return toCsv([header, ...rows]);
}

/** `Content-Disposition` for the download, named after the period. */
export function rankingCsvDisposition(ranking: DepartmentRanking): string {
  return csvDisposition(`department-ranking-${ranking.period.id}.csv`, `科室考评排名-${ranking.period.name}.csv`);
}
