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
