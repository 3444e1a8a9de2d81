jest.mock('@tarojs/taro', () => ({ __esModule: true, default: { showToast: jest.fn(async () => ({})), pageScrollTo: jest.fn(async () => ({})) } }));

import { runSubmission, type SubmissionSink } from '@/hooks/useSubmit';
import { ApiError } from '@/services/http';
import { ANY_ERROR_SELECTOR, FIELD_ERROR_SELECTOR } from '@/utils/form-errors';
import { checked } from '@/utils/staff/forms';

function fakeSink() {
  const sink = {
    setBusy: jest.fn(),
    setError: jest.fn(),
    setLocal: jest.fn(),
    announcer: { toast: jest.fn(), reveal: jest.fn() },
  } satisfies SubmissionSink;
  return sink;
}

describe('one submission of a form', () => {
  it('a failed check sends nothing, shows the messages, toasts the first and reveals its field', async () => {
    const sink = fakeSink();
    const send = jest.fn(async () => 'sent');
    const ok = await runSubmission(
      sink,
      checked({ note: '请填写说明', amount: '请填写金额' }, () => ({})),
      send,
      jest.fn(),
    );
    expect(ok).toBe(false);
    expect(send).not.toHaveBeenCalled();
    expect(sink.setLocal).toHaveBeenCalledWith({ note: '请填写说明', amount: '请填写金额' });
    expect(sink.announcer.toast).toHaveBeenCalledWith('请填写说明');
    expect(sink.announcer.reveal).toHaveBeenCalledWith(FIELD_ERROR_SELECTOR);
    expect(sink.setBusy).not.toHaveBeenCalled();
  });

  it('a request that goes through is handed on and announces nothing', async () => {
    const sink = fakeSink();
    const done = jest.fn();
    const ok = await runSubmission(
      sink,
      checked({}, () => ({ note: 'x' })),
      async (body) => ({ echoed: body }),
      done,
    );
    expect(ok).toBe(true);
    expect(done).toHaveBeenCalledWith({ echoed: { note: 'x' } });
    expect(sink.setLocal).toHaveBeenCalledWith({});
    expect(sink.setBusy.mock.calls).toEqual([[true], [false]]);
    expect(sink.announcer.toast).not.toHaveBeenCalled();
  });

  it('a refusal is kept, handed to `failed`, and announced: the named field, else the form’s notice', async () => {
    const sink = fakeSink();
    const failed = jest.fn();
    const refused = new ApiError(400, 'VALIDATION_FAILED', '请求参数不正确', [{ field: 'note', message: '说明不能超过2000个字' }]);
    const ok = await runSubmission(
      sink,
      checked({}, () => ({})),
      () => Promise.reject(refused),
      jest.fn(),
      failed,
    );
    expect(ok).toBe(false);
    expect(sink.setError).toHaveBeenLastCalledWith(refused);
    expect(failed).toHaveBeenCalledWith(refused);
    expect(sink.announcer.toast).toHaveBeenCalledWith('说明不能超过2000个字');
    expect(sink.announcer.reveal).toHaveBeenCalledWith(FIELD_ERROR_SELECTOR);

    const offline = fakeSink();
    await runSubmission(
      offline,
      checked({}, () => ({})),
      () => Promise.reject(new Error('socket hang up')),
      jest.fn(),
    );
    expect(offline.announcer.toast).toHaveBeenCalledWith('操作未能完成，请稍后重试');
    expect(offline.announcer.reveal).toHaveBeenCalledWith(ANY_ERROR_SELECTOR);
    expect(offline.setBusy).toHaveBeenLastCalledWith(false);
  });
});
