import { CAMPAIGN_STATUS_LABELS, formatShanghaiDateTime, type CommunityCampaignItem, type PollAnswerState, type PollSummary } from '@lingjuli/shared';

/** What the hall's landing says about the community's other parts: polls to answer, campaigns' results. */

/** Her part in an open poll, as the landing's tag says it. */
export const POLL_STATE_WORDS: Record<PollAnswerState, { label: string; tone: 'ok' | 'warning' | 'plain' | 'danger' }> = {
  canAnswer: { label: '去投票', tone: 'warning' },
  answered: { label: '已投票', tone: 'ok' },
  householdAnswered: { label: '本户已投票', tone: 'ok' },
  householdRequired: { label: '先登记住址', tone: 'danger' },
  householdNotVerified: { label: '住址待核实', tone: 'plain' },
  notOpen: { label: '未开始', tone: 'plain' },
  closed: { label: '已结束', tone: 'plain' },
};

/** e.g. 每户一票 · 3月9日 18:00 截止 · 已有25户参与 */
export function pollLine(p: Pick<PollSummary, 'ballotUnit' | 'closesAt' | 'participants'>): string {
  const who = p.ballotUnit === 'household' ? `已有${p.participants}户参与` : `已有${p.participants}人参与`;
  return `${p.ballotUnit === 'household' ? '每户一票' : '每人一票'} · ${formatShanghaiDateTime(new Date(p.closesAt))} 截止 · ${who}`;
}

/** Those still to answer first, then the others (each group soonest closing first). */
export function sortOpenPolls(polls: readonly PollSummary[]): PollSummary[] {
  const todo = (p: PollSummary) => (p.answerState === 'canAnswer' || p.answerState === 'householdRequired' ? 0 : 1);
  return [...polls].sort((a, b) => todo(a) - todo(b) || a.closesAt.localeCompare(b.closesAt) || a.id - b.id);
}

/** e.g. 进行中 · 本社区发现15处，已整治12处，还剩3处 */
export function campaignLine(c: CommunityCampaignItem): string {
  const t = c.community;
  const progress = t.found ? `本社区发现${t.found}处，已整治${t.cleared}处，还剩${t.left}处` : '本社区暂未发现需整治的问题';
  return `${CAMPAIGN_STATUS_LABELS[c.status]} · ${progress}`;
}

/** Running ones first, then the finished, latest first. */
export function sortCampaigns(campaigns: readonly CommunityCampaignItem[]): CommunityCampaignItem[] {
  const rank = (c: CommunityCampaignItem) => (c.status === 'active' ? 0 : 1);
  return [...campaigns].sort((a, b) => rank(a) - rank(b) || b.startDate.localeCompare(a.startDate) || b.id - a.id);
}
