import Taro from '@tarojs/taro';
import { useEffect } from 'react';
import { routes } from '@/routes';
import { useSession, type Session } from '@/state/session';

/** The liaison's session on her pages; without one (or after a 401) she is sent to log in. */
export function useLiaisonSession(): Session | null {
  const session = useSession();
  const liaison = session?.user.role === 'liaison' ? session : null;
  useEffect(() => {
    if (!liaison) void Taro.redirectTo({ url: routes.login() });
  }, [liaison]);
  return liaison;
}
