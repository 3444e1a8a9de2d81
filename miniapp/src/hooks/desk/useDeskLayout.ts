import { useViewportWidth } from '@/hooks/useViewportWidth';
import { useSession } from '@/state/session';
import { usesDesk } from '@/utils/desk/layout';

const PLATFORM = process.env.TARO_ENV === 'h5' ? 'h5' : 'weapp';

/** Whether this page is laid out as the desk (see `usesDesk`): the browser, at least 1,024 px wide, a role that works at a PC. */
export function useDeskLayout(): boolean {
  const session = useSession();
  const width = useViewportWidth();
  return usesDesk({ platform: PLATFORM, width, role: session?.user.role });
}
