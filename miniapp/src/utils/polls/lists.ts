import { formatShanghaiDateTime, type PollSummary } from '@lingjuli/shared';
import { durationWords } from '@/utils/countdown';

/**
 * The community's polls as staff keep them: running ones (live turnout, the closing countdown), those
 * to come, closed ones still waiting for the adopted plan, and the done.
 */
export type StaffPollGroup = 'open' | 'scheduled' | 'awaitingAdoption' | 'done';

export const STAFF_POLL_GROUPS: readonly { key: StaffPollGroup; title: string }[] = [
  { key: 'open', title: '征求中' },
  { key: 'scheduled', title: '未开始' },
  { key: 'awaitingAdoption', title: '已截止，待记录采纳方案' },
  { key: 'done', title: '已完成' },
];

export function staffPollGroup(p: Pick<PollSummary, 'status' | 'adopted'>): StaffPollGroup {
  if (p.status === 'open') return 'open';
  if (p.status === 'scheduled') return 'scheduled';
  return p.adopted ? 'done' : 'awaitingAdoption';
}

/** The rows by group, in the groups' order: running ones soonest closing first, those to come soonest opening first, the closed latest first. */
export function groupStaffPolls(rows: readonly PollSummary[]): { key: StaffPollGroup; title: string; rows: PollSummary[] }[] {
  const closedAt = (p: PollSummary) => p.closedAt ?? p.closesAt;
  const order: Record<StaffPollGroup, (a: PollSummary, b: PollSummary) => number> = {
    open: (a, b) => a.closesAt.localeCompare(b.closesAt) || a.id - b.id,
    scheduled: (a, b) => a.opensAt.localeCompare(b.opensAt) || a.id - b.id,
    awaitingAdoption: (a, b) => closedAt(b).localeCompare(closedAt(a)) || b.id - a.id,
    done: (a, b) => closedAt(b).localeCompare(closedAt(a)) || b.id - a.id,
  };
  return STAFF_POLL_GROUPS.map((g) => ({ ...g, rows: rows.filter((r) => staffPollGroup(r) === g.key).sort(order[g.key]) })).filter((g) => g.rows.length > 0);
}

/** The closing countdown of a running poll, or when it opens / closed. */
export function pollTimeLine(p: Pick<PollSummary, 'status' | 'opensAt' | 'closesAt' | 'closedAt'>, now: Date): { text: string; urgent: boolean } {
  if (p.status === 'scheduled') return { text: `${formatShanghaiDateTime(new Date(p.opensAt))} 开始`, urgent: false };
  if (p.status === 'closed') {
    const at = new Date(p.closedAt ?? p.closesAt);
    const early = p.closedAt !== null && new Date(p.closedAt).getTime() < new Date(p.closesAt).getTime();
    return { text: `${formatShanghaiDateTime(at)} ${early ? '提前截止' : '已截止'}`, urgent: false };
  }
  const left = new Date(p.closesAt).getTime() - now.getTime();
  if (left <= 0) return { text: '正在截止…', urgent: true };
  return { text: `还剩${durationWords(left)}截止（${formatShanghaiDateTime(new Date(p.closesAt))}）`, urgent: left < 24 * 3600_000 };
}

/** 已有25户参与 / 参与 25 户 / 共 40 户（62.5%）when the audience is known. */
export function participationLine(p: Pick<PollSummary, 'participants' | 'ballotUnit'>, eligible?: number | null): string {
  const u = p.ballotUnit === 'household' ? '户' : '人';
  if (eligible === undefined || eligible === null || eligible <= 0) return `已有${p.participants}${u}参与`;
  const pct = Math.round(Math.min(1, p.participants / eligible) * 1000) / 10;
  return `参与 ${p.participants} ${u} / 共 ${eligible} ${u}（${pct}%）`;
}
