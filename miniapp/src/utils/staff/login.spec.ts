import { ApiError } from '@/services/http';
import { checkLogin, devLoginAvailableFrom } from '@/utils/staff/login';

describe('staff login', () => {
  it('offers the development login only when the server answers the probe with 400 (on), not 404 (off)', () => {
    expect(devLoginAvailableFrom(new ApiError(400, 'VALIDATION_FAILED', '开发登录：工作人员请填写用户名'))).toBe(true);
    expect(devLoginAvailableFrom(new ApiError(404, 'NOT_FOUND', '找不到请求的内容'))).toBe(false);
    expect(devLoginAvailableFrom(new ApiError(0, 'NETWORK', '网络不给力'))).toBe(false);
    expect(devLoginAvailableFrom(new Error('x'))).toBe(false);
  });

  it('needs a username and a password', () => {
    expect(checkLogin(' ', '')).toEqual({ username: '请填写用户名', password: '请填写密码' });
    expect(checkLogin('staff-c01-1', 'x')).toEqual({});
  });
});
