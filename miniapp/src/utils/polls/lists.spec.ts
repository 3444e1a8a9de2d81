import type { PollSummary } from '@lingjuli/shared';
import { groupStaffPolls, participationLine, pollTimeLine, staffPollGroup } from '@/utils/polls/lists';

const poll = (id: number, over: Partial<PollSummary> = {}): PollSummary => ({
  id,
  communityId: 1,
  communityName: '示例社区01',
  title: `征求意见${id}`,
  status: 'open',
  audience: 'community',
  ballotUnit: 'household',
  verifiedHouseholdsOnly: false,
  opensAt: '2026-03-01T00:00:00.000Z',
  closesAt: '2026-03-16T10:00:00.000Z',
  closedAt: null,
  participants: 25,
  answerState: null,
  adopted: false,
  createdAt: '2026-03-01T00:00:00.000Z',
  ...over,
});

const NOW = new Date('2026-03-14T08:00:00.000Z');

describe('staff poll lists', () => {
  it('groups running, to come, awaiting the plan, done', () => {
    expect(staffPollGroup(poll(1))).toBe('open');
    expect(staffPollGroup(poll(1, { status: 'scheduled' }))).toBe('scheduled');
    expect(staffPollGroup(poll(1, { status: 'closed' }))).toBe('awaitingAdoption');
    expect(staffPollGroup(poll(1, { status: 'closed', adopted: true }))).toBe('done');
  });

  it('orders each group: soonest closing, soonest opening, latest closed', () => {
    const groups = groupStaffPolls([
      poll(1, { status: 'closed', closedAt: '2026-03-01T00:00:00.000Z' }),
      poll(2, { closesAt: '2026-03-20T00:00:00.000Z' }),
      poll(3, { closesAt: '2026-03-15T00:00:00.000Z' }),
      poll(4, { status: 'closed', closedAt: '2026-03-10T00:00:00.000Z' }),
      poll(5, { status: 'closed', adopted: true }),
    ]);
    expect(groups.map((g) => [g.key, g.rows.map((r) => r.id)])).toEqual([
      ['open', [3, 2]],
      ['awaitingAdoption', [4, 1]],
      ['done', [5]],
    ]);
  });

  it('counts down to the close, urgent on the last day', () => {
    expect(pollTimeLine(poll(1), NOW)).toEqual({ text: '还剩2天2小时截止（3月16日 18:00）', urgent: false });
    expect(pollTimeLine(poll(1), new Date('2026-03-16T08:30:00.000Z')).urgent).toBe(true);
    expect(pollTimeLine(poll(1, { status: 'closed', closedAt: '2026-03-10T02:00:00.000Z' }), NOW).text).toBe('3月10日 10:00 提前截止');
    expect(pollTimeLine(poll(1, { status: 'scheduled', opensAt: '2026-03-20T00:00:00.000Z' }), NOW).text).toBe('3月20日 08:00 开始');
  });

  it('shows the live turnout when the audience is known', () => {
    expect(participationLine(poll(1))).toBe('已有25户参与');
    expect(participationLine(poll(1), 40)).toBe('参与 25 户 / 共 40 户（62.5%）');
    expect(participationLine(poll(1, { ballotUnit: 'resident' }), 0)).toBe('已有25人参与');
  });
});
