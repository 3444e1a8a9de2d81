import { useMemo } from 'react';
import { api } from '@/services/api';
import { waitingRows } from '@/utils/staff/waiting';
import { usePageRefresh } from '@/hooks/usePageRefresh';
import { useQuery } from '@/hooks/useQuery';

/** What waits for the community secretary (GET /me/waiting), reloaded when she comes back to her landing and on pull-down. */
export function useWaiting(enabled: boolean) {
  const query = useQuery(() => (enabled ? api.waiting() : Promise.resolve(undefined)), [enabled]);
  usePageRefresh(query.reload);
  const rows = useMemo(() => (query.data ? waitingRows(query.data.items) : []), [query.data]);
  return { rows, loading: query.loading && !query.data, error: query.data ? null : query.error, reload: query.reload };
}
