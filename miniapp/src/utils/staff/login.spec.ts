import { afterUsernameConfirm, checkLogin } from '@/utils/staff/login';

describe('staff login', () => {
  it('needs a username and a password', () => {
    expect(checkLogin(' ', '')).toEqual({ username: '请填写用户名', password: '请填写密码' });
    expect(checkLogin('staff-c01-1', 'x')).toEqual({});
  });

  it('moves from the username to the password on Enter, and logs in once the password is there', () => {
    expect(afterUsernameConfirm('')).toBe('focusPassword');
    expect(afterUsernameConfirm('secret')).toBe('submit');
  });
});
