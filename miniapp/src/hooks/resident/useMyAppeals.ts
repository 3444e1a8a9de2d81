import type { AppealSummary, InboxMessage } from '@lingjuli/shared';
import { usePagedList } from '@/hooks/usePagedList';
import { useQuery } from '@/hooks/useQuery';
import { api } from '@/services/api';
import { syncServerTime } from '@/state/server-clock';
import { useSession } from '@/state/session';
import { asResident } from '@/hooks/resident/asResident';
import { usePageRefresh } from '@/hooks/usePageRefresh';

/**
 * "我的诉求": her appeals, newest first, 20 at a time (older ones after the server's cursor), with the
 * server's clock for the countdowns and her unread notices.
 */
export function useMyAppeals() {
  const session = useSession();
  const appeals = usePagedList<AppealSummary>(async (cursor) => {
    const page = await asResident(() => api.appeals.list({ open: false, sort: 'recent', pageSize: 20, ...(cursor ? { cursor } : {}) }));
    syncServerTime(page.serverTime);
    return page;
  }, []);
  // After the first page, so both share the one login; again after a reload, not after a further page.
  const unread = useQuery<InboxMessage[]>(
    () => (appeals.firstPages > 0 ? asResident(() => api.notifications.list(true)) : Promise.resolve([])),
    [appeals.firstPages],
  );

  const reload = () => appeals.reload();
  usePageRefresh(reload);

  return {
    appeals: appeals.loaded ? appeals.rows : undefined,
    total: appeals.total ?? 0,
    totalIsLowerBound: appeals.totalIsLowerBound,
    loading: appeals.loading || appeals.refreshing,
    error: appeals.error,
    reload,
    hasMore: appeals.hasMore,
    loadingMore: appeals.loadingMore,
    moreError: appeals.moreError,
    loadMore: appeals.loadMore,
    unreadCount: unread.data?.length ?? 0,
    /** Someone logged in as staff on this device sees her work scope here, not her own appeals. */
    staffRole: session && session.user.role !== 'resident' ? session.user.role : null,
  };
}
