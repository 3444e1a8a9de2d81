import { ApiError } from '@/services/http';
import { withRetry } from '@/utils/retry';

describe('offline retry', () => {
  const sleep = jest.fn(async () => undefined);
  beforeEach(() => sleep.mockClear());

  it('tries again after network failures and a 503, with the waits given, then succeeds', async () => {
    const send = jest
      .fn()
      .mockRejectedValueOnce(new ApiError(0, 'NETWORK', '网络不给力'))
      .mockRejectedValueOnce(new ApiError(503, 'SERVICE_UNAVAILABLE', '服务暂时不可用'))
      .mockResolvedValueOnce('filed');
    await expect(withRetry(send, { delaysMs: [1000, 3000], sleep })).resolves.toBe('filed');
    expect(send).toHaveBeenCalledTimes(3);
    expect(sleep.mock.calls).toEqual([[1000], [3000]]);
  });

  it('gives up after the last wait and reports the last failure', async () => {
    const send = jest.fn().mockRejectedValue(new ApiError(0, 'NETWORK', '网络不给力'));
    await expect(withRetry(send, { delaysMs: [10, 20], sleep })).rejects.toMatchObject({ code: 'NETWORK' });
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('never retries a refusal (4xx): it would fail the same way', async () => {
    const send = jest.fn().mockRejectedValue(new ApiError(400, 'VALIDATION_FAILED', '请检查：内容必须填写'));
    await expect(withRetry(send, { delaysMs: [10, 20], sleep })).rejects.toMatchObject({ status: 400 });
    expect(send).toHaveBeenCalledTimes(1);
  });
});
