import type { Role } from '@lingjuli/shared';
import Taro from '@tarojs/taro';
import { useEffect } from 'react';
import { routes } from '@/routes';
import { useSession, type Session } from '@/state/session';

/** The command centre (and the street admin, who sees what it sees). */
export const COMMAND_ROLES: readonly Role[] = ['commandCenter', 'streetAdmin'];
/** Everyone who handles appeals at street level. */
export const STREET_ROLES: readonly Role[] = ['commandCenter', 'streetAdmin', 'departmentStaff'];
export const LIAISON_ROLES: readonly Role[] = ['liaison'];

/** The session on a work page if its role may use the page; otherwise (or after a 401) off to the login page. */
export function useRoleSession(roles: readonly Role[]): Session | null {
  const session = useSession();
  const allowed = session && roles.includes(session.user.role) ? session : null;
  useEffect(() => {
    if (!allowed) void Taro.redirectTo({ url: routes.login() });
  }, [allowed]);
  return allowed;
}
