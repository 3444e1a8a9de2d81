import { monthPeriod } from '@lingjuli/shared';
import { monthLabel } from '@/utils/measures/format';

/** A download the desk offers: the API path, its query and the name the file is saved under. */
export interface ExportFile {
  path: string;
  query: Record<string, string | number>;
  fileName: string;
  label: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The first and last Beijing day of a month, as the ledger export asks for them (both included). */
export function monthDays(month: string): { from: string; to: string } {
  const { month: code, endsAt } = monthPeriod(month);
  const lastDay = new Date(endsAt.getTime() + 8 * 3600_000 - 1).getUTCDate();
  return { from: `${code}-01`, to: `${code}-${pad(lastDay)}` };
}

/** A community's ledger (台账) of a month: its appeals, their contacts, the measures. */
export function communityLedger(communityId: number, communityName: string, month: string): ExportFile {
  const { from, to } = monthDays(month);
  return {
    path: '/ledger.xlsx',
    query: { communityId, from, to },
    fileName: `台账_${communityName || '社区'}_${from}至${to}.xlsx`,
    label: `导出${monthLabel(month)}台账`,
  };
}

/** The communities' ranking of a month (社区排名). */
export function communityRanking(month: string): ExportFile {
  return { path: '/measures/overview.xlsx', query: { month }, fileName: `社区排名-${month}.xlsx`, label: `导出${monthLabel(month)}社区排名` };
}
