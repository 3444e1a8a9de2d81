import { ApiError, createHttp, type Transport, type TransportRequest } from './http';

function harness(reply: (req: TransportRequest) => ReturnType<Transport>, token: string | null = 'tok') {
  const seen: TransportRequest[] = [];
  const onUnauthorized = jest.fn();
  const http = createHttp({
    baseUrl: 'https://api.example',
    transport: (req) => {
      seen.push(req);
      return reply(req);
    },
    getToken: () => token,
    onUnauthorized,
  });
  return { http, seen, onUnauthorized };
}

describe('the request layer', () => {
  it('adds the base URL, /api, the query and the bearer token', async () => {
    const { http, seen } = harness(async () => ({ statusCode: 200, data: { ok: true } }));
    await expect(http.get('/appeals', { query: { status: 'received', page: 2, tier: undefined } })).resolves.toEqual({ ok: true });
    expect(seen[0]).toMatchObject({ url: 'https://api.example/api/appeals?status=received&page=2', method: 'GET' });
    expect(seen[0].header.Authorization).toBe('Bearer tok');
  });

  it('sends no Authorization header without a session', async () => {
    const { http, seen } = harness(async () => ({ statusCode: 200, data: [] }), null);
    await http.get('/communities');
    expect(seen[0].header.Authorization).toBeUndefined();
  });

  it("keeps the server's Chinese message and field details", async () => {
    const body = { code: 'VALIDATION_FAILED', message: '请检查：内容必须填写', details: [{ field: 'content', message: '内容必须填写' }] };
    const { http } = harness(async () => ({ statusCode: 400, data: body }));
    const error = await http.post('/appeals', { data: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', message: '请检查：内容必须填写' });
    expect((error as ApiError).fieldMessage('content')).toBe('内容必须填写');
    expect((error as ApiError).retryable).toBe(false);
  });

  it.each([
    [502, 'SERVER_ERROR', '服务器开小差了，请稍后再试', true],
    [500, 'SERVER_ERROR', '服务器开小差了，请稍后再试', false],
    [404, 'NOT_FOUND', '找不到请求的内容', false],
    [429, 'RATE_LIMITED', '请求过于频繁，请稍后再试', false],
  ])('maps a bare %i to %s in Chinese', async (status, code, message, retryable) => {
    const { http } = harness(async () => ({ statusCode: status, data: '<html>Bad Gateway</html>' }));
    const error = (await http.get('/x').catch((e: unknown) => e)) as ApiError;
    expect(error).toMatchObject({ status, code, message });
    expect(error.retryable).toBe(retryable);
  });

  it('turns no answer at all into a retryable network error', async () => {
    const { http } = harness(async () => {
      throw new Error('request:fail timeout');
    });
    const error = (await http.get('/x').catch((e: unknown) => e)) as ApiError;
    expect(error).toMatchObject({ status: 0, code: 'NETWORK', message: '网络不给力，请检查网络后重试' });
    expect(error.retryable).toBe(true);
  });

  it('ends the session on 401', async () => {
    const { http, onUnauthorized } = harness(async () => ({ statusCode: 401, data: { code: 'TOKEN_INVALID', message: '登录已过期，请重新登录' } }));
    await expect(http.get('/auth/me')).rejects.toMatchObject({ message: '登录已过期，请重新登录' });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });
});
