import { CAMPAIGN_STATUS_LABELS, type CampaignStatus, type CampaignSummary, type Page } from '@lingjuli/shared';
import type { PageOf } from '@/utils/paging';

/** The street's campaigns as a list: running ones first, then those being prepared, then the finished. */

export type CampaignFilter = 'all' | CampaignStatus;

export const CAMPAIGN_FILTERS: readonly { key: CampaignFilter; label: string }[] = [
  { key: 'all', label: '全部' },
  { key: 'active', label: CAMPAIGN_STATUS_LABELS.active },
  { key: 'planned', label: CAMPAIGN_STATUS_LABELS.planned },
  { key: 'finished', label: CAMPAIGN_STATUS_LABELS.finished },
];

export const CAMPAIGN_GROUPS: readonly { key: CampaignStatus; title: string }[] = [
  { key: 'active', title: '进行中' },
  { key: 'planned', title: '筹备中，待启动' },
  { key: 'finished', title: '已结束' },
];

type Row = Pick<CampaignSummary, 'id' | 'status' | 'startDate' | 'endDate'>;

/** The rows by group in the groups' order: running and finished latest first, those to come soonest first. */
export function groupCampaigns<T extends Row>(rows: readonly T[]): { key: CampaignStatus; title: string; rows: T[] }[] {
  const order: Record<CampaignStatus, (a: T, b: T) => number> = {
    active: (a, b) => b.startDate.localeCompare(a.startDate) || b.id - a.id,
    planned: (a, b) => a.startDate.localeCompare(b.startDate) || a.id - b.id,
    finished: (a, b) => b.endDate.localeCompare(a.endDate) || b.id - a.id,
  };
  return CAMPAIGN_GROUPS.map((g) => ({ ...g, rows: rows.filter((r) => r.status === g.key).sort(order[g.key]) })).filter((g) => g.rows.length > 0);
}

/** The campaigns whose progress per community the list shows (a detail each): running ones first, then the finished; never more than `limit`. */
export function progressIds(rows: readonly Row[], limit: number): number[] {
  const running = rows.filter((r) => r.status === 'active');
  const finished = rows.filter((r) => r.status === 'finished');
  return [...running, ...finished].slice(0, limit).map((r) => r.id);
}

const day = (date: string) => {
  const [year, month, dayOfMonth] = date.split('-').map(Number);
  return { year, month, day: dayOfMonth };
};

/** e.g. 2026年3月10日至4月30日; one day: 2026年3月10日; across a new year the second year is written too. */
export function periodLine(startDate: string, endDate: string): string {
  const a = day(startDate);
  const b = day(endDate);
  const first = `${a.year}年${a.month}月${a.day}日`;
  if (startDate === endDate) return first;
  return `${first}至${b.year === a.year ? '' : `${b.year}年`}${b.month}月${b.day}日`;
}

/** e.g. 全街道3个社区 · 2个单位共200人参与; 2个社区 · 参与单位待定 */
export function scaleLine(c: Pick<CampaignSummary, 'allCommunities' | 'communityCount' | 'unitCount' | 'people'>): string {
  const communities = `${c.allCommunities ? '全街道' : ''}${c.communityCount}个社区`;
  const units = c.unitCount ? `${c.unitCount}个单位共${c.people}人参与` : '参与单位待定';
  return `${communities} · ${units}`;
}

/**
 * A page of a list numbered by page (the campaign's sites: `page`, `pageSize`, `total`) as the paged
 * lists read it: the next page's number is its cursor, none after the last.
 */
export function numberedPage<T>(p: Page<T>): PageOf<T> {
  return { items: p.items, total: p.total, nextCursor: p.page * p.pageSize < p.total ? String(p.page + 1) : null };
}

/** The page a cursor asks for: the first without one. */
export const pageOfCursor = (cursor?: string): number => (cursor && Number(cursor) > 0 ? Number(cursor) : 1);
