import type { AppealPage, InboxMessage } from '@lingjuli/shared';
import { useQuery } from '@/hooks/useQuery';
import { api } from '@/services/api';
import { syncServerTime } from '@/state/server-clock';
import { useSession } from '@/state/session';
import { asResident } from '@/hooks/resident/asResident';
import { usePageRefresh } from '@/hooks/usePageRefresh';

/** "我的诉求": her appeals, newest first, with the server's clock for the countdowns and her unread notices. */
export function useMyAppeals() {
  const session = useSession();
  const appeals = useQuery<AppealPage>(async () => {
    const page = await asResident(() => api.appeals.list({ open: false, sort: 'recent', pageSize: 50 }));
    syncServerTime(page.serverTime);
    return page;
  }, []);
  // After the list, so both share the one login.
  const unread = useQuery<InboxMessage[]>(() => (appeals.data ? asResident(() => api.notifications.list(true)) : Promise.resolve([])), [appeals.data]);

  const reload = () => appeals.reload();
  usePageRefresh(reload);

  return {
    appeals: appeals.data?.items,
    total: appeals.data?.total ?? 0,
    loading: appeals.loading,
    error: appeals.error,
    reload,
    unreadCount: unread.data?.length ?? 0,
    /** Someone logged in as staff on this device sees her work scope here, not her own appeals. */
    staffRole: session && session.user.role !== 'resident' ? session.user.role : null,
  };
}
