import { describeDeadline, durationWords, shareLeft } from '@/utils/countdown';

const at = (local: string) => new Date(local);
const appeal = (over: Partial<Parameters<typeof describeDeadline>[0]> = {}) => ({
  status: 'inProgress' as const,
  dueAt: '2026-03-02T02:30:00.000Z', // 10:30 Beijing
  warnAt: '2026-03-02T02:24:00.000Z',
  respondedAt: null,
  ...over,
});

describe('countdown wording', () => {
  it.each([
    [30_000, '不到1分钟'],
    [25 * 60_000, '25分钟'],
    [2 * 3600_000, '2小时'],
    [2 * 3600_000 + 15 * 60_000, '2小时15分'],
    [3 * 86_400_000, '3天'],
    [3 * 86_400_000 + 2 * 3600_000 + 59 * 60_000, '3天2小时'],
  ])('%i ms reads %s', (ms, words) => expect(durationWords(ms)).toBe(words));

  it('counts down, warns from the warning time, and is overdue only after the due instant', () => {
    expect(describeDeadline(appeal(), at('2026-03-02T10:00:00+08:00'))).toEqual({ state: 'ok', text: '还剩30分钟', due: '3月2日 10:30' });
    expect(describeDeadline(appeal(), at('2026-03-02T10:24:00+08:00')).state).toBe('warning');
    expect(describeDeadline(appeal(), at('2026-03-02T10:30:00.000+08:00'))).toMatchObject({ state: 'warning', text: '还剩不到1分钟' });
    expect(describeDeadline(appeal(), at('2026-03-02T10:30:00.001+08:00'))).toMatchObject({ state: 'overdue', text: '已超时不到1分钟' });
    expect(describeDeadline(appeal(), at('2026-03-02T13:45:00+08:00'))).toMatchObject({ state: 'overdue', text: '已超时3小时15分' });
  });

  it('colours by the share of the window left, not by the time left', () => {
    // 30 minutes from 10:00: more than half left is calm, half or less amber, the last 20 % a warning.
    expect(describeDeadline(appeal(), at('2026-03-02T10:14:59+08:00')).state).toBe('ok');
    expect(describeDeadline(appeal(), at('2026-03-02T10:15:00+08:00')).state).toBe('half');
    expect(describeDeadline(appeal(), at('2026-03-02T10:23:59+08:00')).state).toBe('half');
    // Seven days from 2 March 10:00, due 9 March: six days left is calm, three days left is not.
    const week = appeal({ dueAt: '2026-03-09T02:00:00.000Z', warnAt: '2026-03-07T16:24:00.000Z' });
    expect(shareLeft(week, at('2026-03-03T10:00:00+08:00'))).toBeCloseTo(6 / 7, 6);
    expect(describeDeadline(week, at('2026-03-03T10:00:00+08:00')).state).toBe('ok');
    expect(describeDeadline(week, at('2026-03-06T10:00:00+08:00')).state).toBe('half');
  });

  it('says the deadline was met once the resident heard back, on time or late', () => {
    expect(describeDeadline(appeal({ respondedAt: '2026-03-02T02:10:00.000Z' }), at('2026-03-03T00:00:00Z')).text).toBe('已按时反馈');
    expect(describeDeadline(appeal({ respondedAt: '2026-03-02T03:10:00.000Z' }), at('2026-03-03T00:00:00Z')).text).toBe('已反馈（超时）');
  });

  it('shows the status of a closed appeal instead of a countdown', () => {
    expect(describeDeadline(appeal({ status: 'closed' }), at('2026-03-09T00:00:00Z'))).toMatchObject({ state: 'closed', text: '已关闭' });
  });
});
