/**
 * The app's own wiring of the HTTP layer: a photo upload the server answers with 401 ends the session
 * on this device, exactly as any other request does (the pages then ask to log in again).
 */
const taro = {
  request: jest.fn(),
  uploadFile: jest.fn(),
  getStorageSync: jest.fn(() => ''),
  setStorageSync: jest.fn(),
  removeStorageSync: jest.fn(),
};
jest.mock('@tarojs/taro', () => ({ __esModule: true, default: taro }));
// The build defines this constant; here it is set before the imports below load api.ts.
(globalThis as { LINGJULI_API_BASE_URL?: string }).LINGJULI_API_BASE_URL = 'https://api.example';

import { api } from '@/services/api';
import { ApiError } from '@/services/http';
import { saveSession, sessionStore } from '@/state/session';

const resident = { id: 5, role: 'resident', displayName: '居民', communityId: null, gridId: null, departmentId: null } as const;

beforeEach(() => {
  jest.clearAllMocks();
  saveSession({ token: 'old-token', user: resident, expiresAt: '2099-01-01T00:00:00.000Z' });
});

describe('uploading a photo through the HTTP layer', () => {
  it('sends the session token to the API and returns the attachment', async () => {
    taro.uploadFile.mockResolvedValue({ statusCode: 201, data: '{"id":7,"url":"/files/7"}' });
    await expect(api.uploadPhoto('blob:photo-1')).resolves.toEqual({ id: 7, url: '/files/7' });
    expect(taro.uploadFile).toHaveBeenCalledWith({
      url: 'https://api.example/api/uploads',
      filePath: 'blob:photo-1',
      name: 'file',
      header: { Authorization: 'Bearer old-token' },
    });
    expect(sessionStore.get()?.token).toBe('old-token');
  });

  it('ends the session on 401', async () => {
    taro.uploadFile.mockResolvedValue({ statusCode: 401, data: JSON.stringify({ code: 'TOKEN_INVALID', message: '登录已过期，请重新登录' }) });
    const error = await api.uploadPhoto('blob:photo-1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(401);
    expect(sessionStore.get()).toBeNull();
    expect(taro.removeStorageSync).toHaveBeenCalledWith('lingjuli.session');
  });

  it('keeps the session when the network fails', async () => {
    taro.uploadFile.mockRejectedValue({ errMsg: 'uploadFile:fail timeout' });
    await expect(api.uploadPhoto('blob:photo-1')).rejects.toMatchObject({ status: 0, message: '照片上传失败，请检查网络后重试' });
    expect(sessionStore.get()?.token).toBe('old-token');
  });
});

describe('lists paged by the Next-Cursor header, through Taro.request', () => {
  it("reads a browser's lower-cased header for the whistles and sends the cursor back", async () => {
    taro.request.mockResolvedValueOnce({ statusCode: 200, data: [{ id: 9 }], header: { 'next-cursor': 'w9' } });
    await expect(api.whistles.list({ status: 'open' })).resolves.toEqual({ items: [{ id: 9 }], nextCursor: 'w9' });
    taro.request.mockResolvedValueOnce({ statusCode: 200, data: [{ id: 8 }], header: {} });
    await expect(api.whistles.list({ status: 'open', cursor: 'w9' })).resolves.toEqual({ items: [{ id: 8 }], nextCursor: null });
    expect(taro.request.mock.calls.map(([r]) => (r as { url: string }).url)).toEqual([
      'https://api.example/api/whistles?status=open',
      'https://api.example/api/whistles?status=open&cursor=w9',
    ]);
  });

  it("reads WeChat's header as the server spelt it for the pending dispatch orders", async () => {
    taro.request.mockResolvedValueOnce({ statusCode: 200, data: [{ id: 4 }], header: { 'Next-Cursor': 'o4', 'Content-Type': 'application/json' } });
    await expect(api.appeals.pendingDispatchOrders()).resolves.toEqual({ items: [{ id: 4 }], nextCursor: 'o4' });
    taro.request.mockResolvedValueOnce({ statusCode: 200, data: [], header: {} });
    await api.appeals.pendingDispatchOrders({ cursor: 'o4' });
    expect((taro.request.mock.calls[1][0] as { url: string }).url).toBe('https://api.example/api/dispatch-orders/pending?cursor=o4');
  });
});
