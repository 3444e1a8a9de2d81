import { MEASURE_DEFINITIONS, type CommunityOverview } from '@lingjuli/shared';
import { toCsv } from '../common/export/csv';
import type { XlsxCell, XlsxColumn, XlsxSheet } from '../common/export/xlsx';

/*
 * The communities' ranking of a month (社区排名), as .xlsx and CSV: the same Chinese header, one row per
 * community in rank order; the rates in percent to one decimal, an empty cell where there is no data.
 */

const d = MEASURE_DEFINITIONS;
const COLUMNS: readonly XlsxColumn[] = [
  { header: '排名', width: 6 },
  { header: '社区', width: 20 },
  { header: d.composite.label, width: 10, numFmt: '0.0' },
  { header: `${d.responseRate.label}(%)`, width: 10, numFmt: '0.0' },
  { header: `${d.resolutionRate.label}(%)`, width: 10, numFmt: '0.0' },
  { header: `${d.satisfactionRate.label}(%)`, width: 10, numFmt: '0.0' },
  { header: '较上月名次', width: 10 },
  { header: '评价数', width: 8 },
  { header: '到期时限', width: 8 },
  { header: '在办', width: 8 },
  { header: '超时', width: 8 },
];

const oneDecimal = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);
const percent = (fraction: number | null) => (fraction === null ? null : Math.round(fraction * 1000) / 10);

function rows(overview: CommunityOverview): XlsxCell[][] {
  return overview.communities.map((c) => [
    c.rank,
    c.communityName,
    oneDecimal(c.composite),
    percent(c.rates.responseRate),
    percent(c.rates.resolutionRate),
    percent(c.rates.satisfactionRate),
    c.rankChange,
    c.ratings,
    c.deadlinesDue,
    c.open,
    c.overdue,
  ]);
}

export function communityRankingSheet(overview: CommunityOverview): XlsxSheet {
  return {
    name: overview.source === 'city12345' ? '社区排名（12345工单）' : '社区排名',
    columns: COLUMNS,
    write: (sheet) => {
      for (const row of rows(overview)) sheet.add(row);
    },
  };
}

export function communityRankingCsv(overview: CommunityOverview): string {
  return toCsv([
    COLUMNS.map((c) => c.header),
    ...rows(overview).map((row) => row.map((cell) => (typeof cell === 'number' && !Number.isInteger(cell) ? cell.toFixed(1) : cell))),
  ]);
}

export function communityRankingFile(overview: CommunityOverview, extension: 'csv' | 'xlsx'): { asciiName: string; name: string } {
  const work = overview.source === 'city12345' ? '-12345' : '';
  return { asciiName: `community-ranking${work}-${overview.month}.${extension}`, name: `社区排名${work}-${overview.month}.${extension}` };
}
