import {
  ApiError,
  createHttp,
  headerValue,
  type FileTransport,
  type FileTransportRequest,
  type Transport,
  type TransportRequest,
  type TransportResponse,
} from '@/services/http';

const noFiles: FileTransport = async () => {
  throw new Error('no file transport in this test');
};

function harness(
  reply: (req: TransportRequest) => ReturnType<Transport>,
  token: string | null = 'tok',
  fileReply: (req: FileTransportRequest) => ReturnType<FileTransport> = noFiles,
) {
  const seen: TransportRequest[] = [];
  const files: FileTransportRequest[] = [];
  const onUnauthorized = jest.fn();
  const http = createHttp({
    baseUrl: 'https://api.example',
    transport: (req) => {
      seen.push(req);
      return reply(req);
    },
    fileTransport: (req) => {
      files.push(req);
      return fileReply(req);
    },
    getToken: () => token,
    onUnauthorized,
  });
  return { http, seen, files, onUnauthorized };
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

describe('a post whose status matters', () => {
  it('answers 201 and 200 with their data, and fails like any request', async () => {
    let status = 201;
    const { http, seen } = harness(async () =>
      status === 400 ? { statusCode: 400, data: { code: 'VALIDATION_FAILED', message: '类别无效' } } : { statusCode: status, data: { id: 7 } },
    );
    await expect(http.postWithStatus('/visit-tasks', { data: { buildingId: 1 } })).resolves.toEqual({ status: 201, data: { id: 7 } });
    expect(seen[0]).toMatchObject({ method: 'POST', data: { buildingId: 1 } });
    status = 200;
    await expect(http.postWithStatus('/visit-tasks')).resolves.toEqual({ status: 200, data: { id: 7 } });
    status = 400;
    await expect(http.postWithStatus('/visit-tasks')).rejects.toMatchObject({ status: 400, message: '类别无效' });
  });
});

describe('a list with its next page in the Next-Cursor header', () => {
  it('reads the header whatever case its name came in (WeChat, a browser)', () => {
    expect(headerValue({ 'Next-Cursor': 'abc' }, 'Next-Cursor')).toBe('abc');
    expect(headerValue({ 'next-cursor': 'abc' }, 'Next-Cursor')).toBe('abc');
    expect(headerValue({ 'NEXT-CURSOR': 'abc' }, 'next-cursor')).toBe('abc');
    expect(headerValue({ 'Content-Type': 'application/json' }, 'Next-Cursor')).toBeUndefined();
    expect(headerValue(undefined, 'Next-Cursor')).toBeUndefined();
  });

  it('returns the array and the cursor, and asks for the next page with it', async () => {
    const { http, seen } = harness(async (req): Promise<TransportResponse> =>
      req.url.includes('cursor=')
        ? { statusCode: 200, data: [{ id: 3 }], header: { 'content-type': 'application/json' } }
        : { statusCode: 200, data: [{ id: 1 }, { id: 2 }], header: { 'next-cursor': 'eyJpZCI6Mn0' } },
    );
    await expect(http.getList('/whistles', { query: { status: 'open' } })).resolves.toEqual({ items: [{ id: 1 }, { id: 2 }], nextCursor: 'eyJpZCI6Mn0' });
    await expect(http.getList('/whistles', { query: { status: 'open', cursor: 'eyJpZCI6Mn0' } })).resolves.toEqual({ items: [{ id: 3 }], nextCursor: null });
    expect(seen.map((r) => r.url)).toEqual(['https://api.example/api/whistles?status=open', 'https://api.example/api/whistles?status=open&cursor=eyJpZCI6Mn0']);
  });

  it('treats a missing header (an older server, or none exposed) as the last page, and fails like any request', async () => {
    const { http, onUnauthorized } = harness(async (req) =>
      req.url.endsWith('/old')
        ? { statusCode: 200, data: [{ id: 1 }] }
        : { statusCode: 401, data: { code: 'TOKEN_INVALID', message: '登录已过期，请重新登录' } },
    );
    await expect(http.getList('/old')).resolves.toEqual({ items: [{ id: 1 }], nextCursor: null });
    await expect(http.getList('/whistles')).rejects.toMatchObject({ status: 401, message: '登录已过期，请重新登录' });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });
});

describe('uploading a file', () => {
  const noRequests = async (): Promise<never> => {
    throw new Error('an upload sends no JSON request');
  };
  const photo = { filePath: 'wxfile://tmp/a.jpg', field: 'file', networkMessage: '照片上传失败，请检查网络后重试' };

  it('posts the file to the base URL with the bearer token, and reads the JSON answer sent as text', async () => {
    const { http, files } = harness(noRequests, 'tok', async () => ({ statusCode: 201, data: '{"id":7,"url":"/files/7"}' }));
    await expect(http.upload('/uploads', photo)).resolves.toEqual({ id: 7, url: '/files/7' });
    expect(files).toEqual([{ url: 'https://api.example/api/uploads', filePath: 'wxfile://tmp/a.jpg', name: 'file', header: { Authorization: 'Bearer tok' } }]);
  });

  it('ends the session on 401, like every other request', async () => {
    const expired = JSON.stringify({ code: 'TOKEN_INVALID', message: '登录已过期，请重新登录' });
    const { http, onUnauthorized } = harness(noRequests, 'tok', async () => ({ statusCode: 401, data: expired }));
    const error = await http.upload('/uploads', photo).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, code: 'TOKEN_INVALID', message: '登录已过期，请重新登录' });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it("keeps the server's words for a refused file, and maps a bare error page", async () => {
    const tooBig = JSON.stringify({ code: 'VALIDATION_FAILED', message: '照片太大', details: [{ field: 'file', message: '照片不能超过10MB' }] });
    const refused = harness(noRequests, 'tok', async () => ({ statusCode: 400, data: tooBig }));
    const error = (await refused.http.upload('/uploads', photo).catch((e: unknown) => e)) as ApiError;
    expect(error.fieldMessage('file')).toBe('照片不能超过10MB');
    expect(refused.onUnauthorized).not.toHaveBeenCalled();
    const gateway = harness(noRequests, 'tok', async () => ({ statusCode: 502, data: '<html>Bad Gateway</html>' }));
    await expect(gateway.http.upload('/uploads', photo)).rejects.toMatchObject({ status: 502, code: 'SERVER_ERROR' });
  });

  it('says the photo did not go when no answer came back, and that is worth retrying', async () => {
    const { http } = harness(noRequests, null, async () => {
      throw new Error('uploadFile:fail timeout');
    });
    const error = (await http.upload('/uploads', photo).catch((e: unknown) => e)) as ApiError;
    expect(error).toMatchObject({ status: 0, code: 'NETWORK', message: '照片上传失败，请检查网络后重试' });
    expect(error.retryable).toBe(true);
  });
});
