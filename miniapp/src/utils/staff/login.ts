import type { FieldErrors } from '@/utils/staff/forms';

export function checkLogin(username: string, password: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!username.trim()) errors.username = '请填写用户名';
  if (!password) errors.password = '请填写密码';
  return errors;
}

/**
 * Enter on the username field: on to the password while it is empty, otherwise log in (the browser
 * may have filled the password in). Enter on the password field always logs in.
 */
export function afterUsernameConfirm(password: string): 'focusPassword' | 'submit' {
  return password ? 'submit' : 'focusPassword';
}
