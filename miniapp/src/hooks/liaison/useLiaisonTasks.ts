import { useMemo } from 'react';
import { useQuery } from '@/hooks/useQuery';
import { api } from '@/services/api';
import { syncServerTime } from '@/state/server-clock';
import { liaisonTasks } from '@/utils/liaison/tasks';
import { usePageRefresh } from '@/hooks/usePageRefresh';

/** Her tasks: visits to make (appeals assigned to her) and street-level appeals of hers to accompany. */
export function useLiaisonTasks(enabled: boolean) {
  const query = useQuery(async () => {
    if (!enabled) return null;
    const [assigned, reported] = await Promise.all([
      api.appeals.list({ involvement: 'assigned', pageSize: 100 }),
      api.appeals.list({ involvement: 'reported', pageSize: 100 }),
    ]);
    syncServerTime(assigned.serverTime);
    return { assigned: assigned.items, reported: reported.items };
  }, [enabled]);
  usePageRefresh(query.reload);
  const tasks = useMemo(() => liaisonTasks(query.data?.assigned ?? [], query.data?.reported ?? []), [query.data]);
  return { ...tasks, loading: query.loading && !query.data, error: query.error, reload: query.reload };
}
