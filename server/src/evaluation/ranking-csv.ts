import { RANKING_MEASURE_LABELS, type DepartmentRanking, type RankingMeasure } from '@lingjuli/shared';

const MEASURES: readonly RankingMeasure[] = ['communityScore', 'whistleOnTime', 'dispatchOnTime', 'satisfaction'];

/** A cell: quoted when it holds a comma, quote or line break (RFC 4180). */
function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const number = (value: number | null) => (value === null ? '' : value.toFixed(1));

/**
 * The ranking as CSV for the year-end review: UTF-8 with a byte-order mark so Excel shows the Chinese,
 * CRLF line ends, a Chinese header, one row per department; a measure without data is an empty cell.
 */
export function rankingCsv(ranking: DepartmentRanking): string {
  const header = ['排名', '科室', '综合得分', ...MEASURES.map((m) => RANKING_MEASURE_LABELS[m])];
  const rows = ranking.rows.map((r) => [String(r.rank), r.departmentName, number(r.total), ...MEASURES.map((m) => number(r.measures[m]))]);
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** `Content-Disposition` for the download: an ASCII fallback and the Chinese name (RFC 6266 / 5987). */
export function rankingCsvDisposition(ranking: DepartmentRanking): string {
  const name = `科室考评排名-${ranking.period.name}.csv`;
  // encodeURIComponent leaves ' ( ) * ! as they are; RFC 5987 wants the first four escaped.
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="department-ranking-${ranking.period.id}.csv"; filename*=UTF-8''${encoded}`;
}
