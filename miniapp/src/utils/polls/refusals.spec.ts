import { ERROR_CODES } from '@lingjuli/shared';
import { answerStateView, confirmLines, participantsLine, pollRefusal } from '@/utils/polls/refusals';

const refusal = (code: string, message = '服务器的话') => pollRefusal({ code, message });

describe('refusals as sentences', () => {
  it('tells a flatmate her household has answered, and shows the poll as it is now', () => {
    const r = refusal('HOUSEHOLD_ALREADY_VOTED');
    expect(r.message).toContain('您家已有人参与');
    expect(r).toMatchObject({ action: 'reload', final: true });
  });

  it('tells her she answered already, by the poll’s unit', () => {
    expect(pollRefusal({ code: 'POLL_ALREADY_ANSWERED', message: '' }, 'household').message).toContain('替全家');
    expect(pollRefusal({ code: 'POLL_ALREADY_ANSWERED', message: '' }, 'resident').message).toContain('每人只能投一次');
  });

  it('says a closed poll takes no more answers and its results are out', () => {
    expect(refusal('POLL_CLOSED')).toMatchObject({ action: 'reload', final: true });
    expect(refusal('POLL_CLOSED').message).toContain('已经截止');
  });

  it('sends her to state her household, keeping her choices', () => {
    const r = refusal('HOUSEHOLD_REQUIRED');
    expect(r).toMatchObject({ action: 'household', final: false });
    expect(r.message).toContain('登记您的住址');
    expect(r.message).toContain('会保留');
  });

  it('explains a household not yet verified', () => {
    const r = refusal('HOUSEHOLD_NOT_VERIFIED');
    expect(r).toMatchObject({ action: null, final: false });
    expect(r.message).toContain('联系社区工作人员');
  });

  it('says her choices are kept when the network failed', () => {
    expect(refusal('NETWORK').message).toContain('选好的内容还在');
  });

  it('keeps the server’s words for anything else', () => {
    expect(refusal('RATE_LIMITED', '请求过于频繁，请稍后再试')).toEqual({ message: '请求过于频繁，请稍后再试', action: null, final: false });
  });

  it('names only codes the server knows', () => {
    const mapped = [
      'HOUSEHOLD_ALREADY_VOTED',
      'POLL_ALREADY_ANSWERED',
      'POLL_CLOSED',
      'POLL_NOT_OPEN',
      'HOUSEHOLD_REQUIRED',
      'HOUSEHOLD_NOT_VERIFIED',
      'POLL_NOT_FOUND',
      'POLL_RESULTS_NOT_PUBLISHED',
    ];
    expect(mapped.filter((c) => !(ERROR_CODES as readonly string[]).includes(c))).toEqual([]);
  });
});

describe('her state in words', () => {
  const poll = { status: 'open' as const, opensAt: '2026-03-02T00:00:00.000Z', closesAt: '2026-03-16T10:00:00.000Z' };

  it('says nothing when she may answer', () => {
    expect(answerStateView('canAnswer', poll)).toBeNull();
    expect(answerStateView(null, poll)).toBeNull();
  });

  it('says when the results come while it runs, and where they are once closed', () => {
    expect(answerStateView('householdAnswered', poll)).toMatchObject({ title: '您家已有人参与了', tone: 'ok' });
    expect(answerStateView('answered', poll)?.note).toContain('3月16日 18:00截止后公布');
    expect(answerStateView('answered', { ...poll, status: 'closed' })?.note).toBe('结果已公布，请看下面。');
  });

  it('asks for the household and explains the other waits', () => {
    expect(answerStateView('householdRequired', poll)?.title).toBe('请先登记您的住址');
    expect(answerStateView('householdNotVerified', poll)?.tone).toBe('warning');
    expect(answerStateView('notOpen', poll)?.note).toContain('3月2日 08:00开始');
    expect(answerStateView('closed', poll)?.title).toBe('征求意见已截止');
  });
});

describe('the confirm', () => {
  it('says one per household, final and anonymous', () => {
    const lines = confirmLines('household').join('');
    expect(lines).toContain('每户一票');
    expect(lines).toContain('不能修改');
    expect(lines).toContain('工作人员也看不到您选了什么');
    expect(confirmLines('resident')[0]).toContain('每人一票');
  });

  it('counts who took part by the unit', () => {
    expect(participantsLine('household', 25)).toBe('每户一票 · 已有25户参与');
    expect(participantsLine('resident', 3)).toBe('每人一票 · 已有3人参与');
  });
});
