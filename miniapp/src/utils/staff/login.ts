import { ApiError } from '@/services/http';
import type { FieldErrors } from '@/utils/staff/forms';

/**
 * The development login answers 404 when it is switched off. Probing it with a body it must refuse
 * (a liaison without a username) tells whether it is on without logging anybody in: 400 = on.
 */
export function devLoginAvailableFrom(probeError: unknown): boolean {
  return probeError instanceof ApiError && probeError.status === 400;
}

export function checkLogin(username: string, password: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!username.trim()) errors.username = '请填写用户名';
  if (!password) errors.password = '请填写密码';
  return errors;
}
