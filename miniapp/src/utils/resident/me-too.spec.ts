import { ApiError, toApiError } from '@/services/http';
import { similarQuery, supportFailure, supportRequest } from '@/utils/resident/me-too';

describe('me too', () => {
  it('asks for similar appeals only once building and category are both known', () => {
    expect(similarQuery({ buildingId: null, category: 'heating' })).toBeNull();
    expect(similarQuery({ buildingId: 3, category: null })).toBeNull();
    expect(similarQuery({ buildingId: 3, category: 'heating' })).toEqual({ buildingId: 3, category: 'heating' });
  });

  it('names the building and category the offered list was asked for', () => {
    expect(supportRequest({ buildingId: 3, category: 'heating' })).toEqual({ buildingId: 3, category: 'heating' });
  });

  it("shows the server's words when she taps too often, as a warning", () => {
    const limited = toApiError(429, { code: 'RATE_LIMITED', message: '请求过于频繁，请稍后再试' });
    expect(supportFailure(limited)).toEqual({ text: '请求过于频繁，请稍后再试', tone: 'warning', stale: false });
    // A proxy's bare 429 reads the same.
    expect(supportFailure(toApiError(429, '<html>'))).toMatchObject({ text: '请求过于频繁，请稍后再试', tone: 'warning' });
  });

  it('asks again when the appeal is no longer offered', () => {
    const gone = new ApiError(404, 'APPEAL_NOT_FOUND', '找不到该诉求');
    expect(supportFailure(gone)).toMatchObject({ tone: 'error', stale: true });
    expect(supportFailure(gone).text).toContain('直接提交');
  });

  it('keeps any other server message, and words of its own for what was not an API failure', () => {
    expect(supportFailure(new ApiError(0, 'NETWORK', '网络不给力，请检查网络后重试')).text).toBe('网络不给力，请检查网络后重试');
    expect(supportFailure(new Error('boom'))).toEqual({ text: '操作没有成功，请稍后再试', tone: 'error', stale: false });
  });
});
