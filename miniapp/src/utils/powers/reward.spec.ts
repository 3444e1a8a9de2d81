import type { AppealSummary, RewardRequestInfo } from '@lingjuli/shared';
import {
  amountText,
  approvalSummary,
  approveBody,
  currentQuarterLabel,
  groupRewards,
  meetingBody,
  returnBody,
  rewardBody,
  rewardButtons,
  rewardNextStep,
  rewardableAppeals,
  visibleAppeals,
  type RewardForm,
} from '@/utils/powers/reward';
import { toggleId } from '@/utils/powers/check';

const form: RewardForm = {
  liaisonUserId: 7,
  basis: 'caseByCase',
  appealIds: [3, 5],
  periodLabel: '2026年第1季度',
  reward: '荣誉证书',
  amount: '',
  reason: '及时发现并上报燃气泄漏',
};

describe('proposing a reward', () => {
  it('sends the appeals for 一事一议 and the period for 综合考评', () => {
    expect(rewardBody(form)).toEqual({
      ok: true,
      body: { liaisonUserId: 7, basis: 'caseByCase', appealIds: [3, 5], reward: '荣誉证书', reason: '及时发现并上报燃气泄漏' },
    });
    expect(rewardBody({ ...form, basis: 'periodic', amount: '500' })).toEqual({
      ok: true,
      body: { liaisonUserId: 7, basis: 'periodic', periodLabel: '2026年第1季度', reward: '荣誉证书', amount: 500, reason: '及时发现并上报燃气泄漏' },
    });
  });

  it('says what is missing', () => {
    const r = rewardBody({ ...form, liaisonUserId: null, appealIds: [], reward: ' ', amount: '12.5', reason: '' });
    expect(r.ok ? null : Object.keys(r.errors).sort()).toEqual(['amount', 'appealIds', 'liaisonUserId', 'reason', 'reward']);
    const p = rewardBody({ ...form, basis: 'periodic', appealIds: [], periodLabel: '' });
    expect(p.ok ? null : p.errors).toEqual({ periodLabel: '请填写考评期' });
  });

  it('names the current quarter in Beijing time', () => {
    expect(currentQuarterLabel(new Date('2026-03-31T17:00:00Z'))).toBe('2026年第2季度');
  });

  it('toggles appeals and offers the closed ones, newest first', () => {
    expect(toggleId([1, 2], 2)).toEqual([1]);
    expect(toggleId([1], 2)).toEqual([1, 2]);
    const a = (id: number, status: string, receivedAt: string) => ({ id, status, receivedAt }) as AppealSummary;
    expect(rewardableAppeals([a(1, 'closed', '2026-01-01'), a(2, 'inProgress', '2026-02-01'), a(3, 'closed', '2026-03-01')]).map((x) => x.id)).toEqual([3, 1]);
  });
});

describe('the appeals offered', () => {
  it('shows the first few and whatever was chosen, or all', () => {
    const list = [1, 2, 3, 4, 5].map((id) => ({ id }));
    expect(visibleAppeals(list, [], false, 2).map((a) => a.id)).toEqual([1, 2]);
    expect(visibleAppeals(list, [5], false, 2).map((a) => a.id)).toEqual([1, 2, 5]);
    expect(visibleAppeals(list, [], true, 2).map((a) => a.id)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('the meeting record and returning', () => {
  const now = new Date('2026-03-10T04:00:00Z');
  it('needs all four parts, on a day that has passed', () => {
    expect(meetingBody({ date: '2026-03-09', attendees: '王书记、李委员', decision: '同意', minutes: '会议讨论……' }, now)).toEqual({
      ok: true,
      body: { date: '2026-03-08T16:00:00.000Z', attendees: '王书记、李委员', decision: '同意', minutes: '会议讨论……' },
    });
    const r = meetingBody({ date: '2026-03-11', attendees: '', decision: '', minutes: '' }, now);
    expect(r.ok ? null : r.errors).toEqual({
      date: '会议日期不能晚于今天',
      attendees: '请填写参会人员',
      decision: '请填写会议决定',
      minutes: '请填写会议纪要',
    });
  });

  it('needs a reason to return', () => {
    expect(returnBody(' ')).toEqual({ ok: false, errors: { reason: '请填写退回理由' } });
    expect(returnBody(' 缺少会议纪要 ')).toEqual({ ok: true, body: { reason: '缺少会议纪要' } });
  });

  it('takes an optional comment with an approval, trimmed, at most 500 characters', () => {
    expect(approveBody('  ')).toEqual({ ok: true, body: {} });
    expect(approveBody(' 同意发放 ')).toEqual({ ok: true, body: { comment: '同意发放' } });
    expect(approveBody('批'.repeat(501))).toEqual({ ok: false, errors: { comment: '审批意见不能超过500个字' } });
  });

  it('names whom, what and how much before she approves', () => {
    const info = { communityName: '一号社区', liaison: { id: 7, name: '张阿姨' }, reward: '慰问金', amount: 200 } as RewardRequestInfo;
    expect(approvalSummary(info)).toBe('一号社区 · 民情专员张阿姨：慰问金，金额200元');
    expect(approvalSummary({ ...info, reward: '荣誉证书', amount: null })).toBe('一号社区 · 民情专员张阿姨：荣誉证书');
  });
});

describe('the list', () => {
  const r = (id: number, status: RewardRequestInfo['status'], proposedAt = `2026-03-0${id}T00:00:00Z`) => ({ id, status, proposedAt }) as RewardRequestInfo;
  const list = [r(1, 'approved'), r(2, 'awaitingApproval'), r(3, 'draft'), r(4, 'awaitingApproval'), r(5, 'returned'), r(6, 'acknowledged')];

  it('puts what waits for the secretary first', () => {
    const groups = groupRewards(list, 'communitySecretary');
    expect(groups.map((g) => [g.status, g.heading, g.items.map((i) => i.id)])).toEqual([
      ['awaitingApproval', '待我审批', [4, 2]],
      ['draft', '草稿', [3]],
      ['returned', '已退回', [5]],
      ['approved', '已批准，报街道', [1]],
      ['acknowledged', '街道已确认', [6]],
    ]);
    expect(groups[0].waiting).toBe(true);
    expect(groups[1].waiting).toBe(false);
  });

  it('puts the approved first for the street, and the returned and drafts first for community staff', () => {
    expect(groupRewards(list, 'streetAdmin').map((g) => g.status)).toEqual(['approved', 'draft', 'awaitingApproval', 'returned', 'acknowledged']);
    expect(groupRewards(list, 'communityStaff').map((g) => g.status)).toEqual(['returned', 'draft', 'awaitingApproval', 'approved', 'acknowledged']);
    expect(groupRewards([], 'communityStaff')).toEqual([]);
  });
});

describe('the request', () => {
  it('offers a button for each action the server allows, never for recording the meeting', () => {
    expect(rewardButtons(['recordMeeting', 'submit']).map((b) => b.id)).toEqual(['reward-submit']);
    expect(rewardButtons(['return', 'approve']).map((b) => [b.id, b.label])).toEqual([
      ['reward-approve', '批准'],
      ['reward-return', '退回'],
    ]);
    expect(rewardButtons(['acknowledge']).map((b) => b.label)).toEqual(['街道确认']);
    expect(rewardButtons([])).toEqual([]);
  });

  it('says what it waits for', () => {
    expect(rewardNextStep({ status: 'draft', meeting: null })).toMatch(/先记录/);
    expect(rewardNextStep({ status: 'awaitingApproval', meeting: null })).toBe('等待社区书记审批');
    expect(amountText(500)).toBe('500元');
    expect(amountText(null)).toBeNull();
  });
});
