import { STAFF_ROLES } from '@lingjuli/shared';
import Taro from '@tarojs/taro';
import { useEffect } from 'react';
import { routes } from '../../routes';
import { useSession, type Session } from '../../state/session';

/** The staff member's session on a staff page; without one (or after a 401) she is sent to log in. */
export function useStaffSession(): Session | null {
  const session = useSession();
  const staff = session && STAFF_ROLES.includes(session.user.role) ? session : null;
  useEffect(() => {
    if (!staff) void Taro.redirectTo({ url: routes.login() });
  }, [staff]);
  return staff;
}
