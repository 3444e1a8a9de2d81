import { RANKING_MEASURE_LABELS, type DepartmentRanking, type RankingMeasure } from '@lingjuli/shared';
import { toCsv } from '../common/export/csv';
import { attachmentDisposition } from '../common/export/download';
import type { XlsxColumn, XlsxSheet } from '../common/export/xlsx';

/*
 * The ranking for the year-end review, as CSV (common/export/csv.ts) and as .xlsx (common/export/xlsx.ts):
 * the same Chinese header, one row per department; a measure without data is an empty cell.
 */

const MEASURES: readonly RankingMeasure[] = ['communityScore', 'whistleOnTime', 'dispatchOnTime', 'satisfaction'];

const COLUMNS: readonly XlsxColumn[] = [
  { header: '排名', width: 6 },
  { header: '科室', width: 30 },
  { header: '综合得分', width: 10, numFmt: '0.0' },
  ...MEASURES.map((m) => ({ header: RANKING_MEASURE_LABELS[m], width: 16, numFmt: '0.0' })),
];

/** Each row's scores to one decimal place; null where a measure has no data. */
function rows(ranking: DepartmentRanking): [number, string, ...(number | null)[]][] {
  return ranking.rows.map((r) => [r.rank, r.departmentName, r.total, ...MEASURES.map((m) => r.measures[m])]);
}

const oneDecimal = (value: number | null) => (value === null ? null : value.toFixed(1));

export function rankingCsv(ranking: DepartmentRanking): string {
  return toCsv([COLUMNS.map((c) => c.header), ...rows(ranking).map(([rank, name, ...scores]) => [rank, name, ...scores.map(oneDecimal)])]);
}

/** The sheet of the .xlsx twin: the scores are numbers, shown to one decimal place as in the CSV. */
export function rankingSheet(ranking: DepartmentRanking): XlsxSheet {
  return {
    name: '科室考评排名',
    columns: COLUMNS,
    write: (sheet) => {
      for (const [rank, name, ...scores] of rows(ranking)) sheet.add([rank, name, ...scores.map((s) => (s === null ? null : Math.round(s * 10) / 10))]);
    },
  };
}

/** The download's names, after the period. */
export function rankingFile(ranking: DepartmentRanking, extension: 'csv' | 'xlsx'): { asciiName: string; name: string } {
  return { asciiName: `department-ranking-${ranking.period.id}.${extension}`, name: `科室考评排名-${ranking.period.name}.${extension}` };
}

/** `Content-Disposition` for the CSV download. */
export function rankingCsvDisposition(ranking: DepartmentRanking): string {
  const file = rankingFile(ranking, 'csv');
  return attachmentDisposition(file.asciiName, file.name);
}
