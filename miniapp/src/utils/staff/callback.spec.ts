import type { FeedbackInfo } from '@lingjuli/shared';
import { callbackBody, callbackEffect, emptyCallback, fedBackAt, type CallbackAnswer } from '@/utils/staff/callback';

const NOW = new Date('2026-03-02T06:00:00Z'); // 14:00 in Beijing
const FED_BACK = '2026-03-02T02:30:20Z'; // 10:30:20 in Beijing
const context = { now: NOW, fedBackAt: FED_BACK };
const answer = (over: Partial<CallbackAnswer> = {}): CallbackAnswer => ({ ...emptyCallback(), solved: true, satisfaction: 'satisfied', ...over });
const errors = (a: CallbackAnswer) => {
  const result = callbackBody(a, context);
  return result.ok ? {} : result.errors;
};

describe('the callback form', () => {
  it('needs both answers', () => {
    expect(errors(emptyCallback())).toEqual({ solved: '请选择来电人说问题是否解决', satisfaction: '请选择来电人是否满意' });
  });

  it('sends the answers, and leaves the time to the server when it was now', () => {
    expect(callbackBody(answer({ solved: false, satisfaction: 'unsatisfied', comment: '  还是漏水  ' }), context)).toEqual({
      ok: true,
      body: { solved: false, satisfaction: 'unsatisfied', comment: '还是漏水' },
    });
    expect(callbackBody(answer({ comment: '   ' }), context)).toEqual({ ok: true, body: { solved: true, satisfaction: 'satisfied' } });
  });

  it('sends an earlier time as a Beijing date-time with its offset', () => {
    expect(callbackBody(answer({ calledAt: { day: '2026-03-02', time: '11:15' } }), context)).toEqual({
      ok: true,
      body: { solved: true, satisfaction: 'satisfied', calledAt: '2026-03-02T11:15:00+08:00' },
    });
  });

  it('refuses a time that is not real, in the future, or before the feedback', () => {
    expect(errors(answer({ calledAt: { day: '2026-03-02', time: '25:00' } })).calledAt).toContain('请填写回访的日期和时间');
    expect(errors(answer({ calledAt: { day: '2026-03-02', time: '14:01' } })).calledAt).toBe('回访时间不能晚于现在');
    expect(errors(answer({ calledAt: { day: '2026-03-02', time: '10:29' } })).calledAt).toBe('回访时间不能早于结果反馈的时间（3月2日 10:30）');
    // The feedback's own minute is fine.
    expect(errors(answer({ calledAt: { day: '2026-03-02', time: '10:30' } }))).toEqual({});
  });

  it('keeps what the caller said within the server limit', () => {
    expect(errors(answer({ comment: '好'.repeat(2001) })).comment).toBe('来电人的意见不能超过2000个字');
  });
});

describe('what the callback answers', () => {
  const feedback = (id: number, final: boolean, at: string) => ({ id, final, at }) as FeedbackInfo;

  it('is the last result feedback, not an interim one', () => {
    expect(fedBackAt({ feedbacks: [] })).toBeNull();
    expect(fedBackAt({ feedbacks: [feedback(1, false, '2026-03-01T01:00:00Z')] })).toBeNull();
    expect(fedBackAt({ feedbacks: [feedback(1, true, '2026-03-01T01:00:00Z'), feedback(2, false, '2026-03-01T02:00:00Z'), feedback(3, true, FED_BACK)] })).toBe(
      FED_BACK,
    );
  });

  it('says what the answer does: closes, reopens once, then goes to the secretary', () => {
    expect(callbackEffect({ solved: true, satisfaction: 'basicallySatisfied' }, 0)).toContain('关闭');
    expect(callbackEffect({ solved: false, satisfaction: 'satisfied' }, 0)).toContain('退回重新办理');
    expect(callbackEffect({ solved: true, satisfaction: 'unsatisfied' }, 1)).toContain('书记复核');
  });
});
