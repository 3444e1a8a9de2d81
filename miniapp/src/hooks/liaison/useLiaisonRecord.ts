import { useQuery } from '@/hooks/useQuery';
import { api } from '@/services/api';
import { usePageRefresh } from '@/hooks/usePageRefresh';

/** Her own record: reports (how many proactive) and visits, with the latest of each. */
export function useLiaisonRecord(enabled: boolean) {
  const query = useQuery(() => (enabled ? api.liaison.record() : Promise.resolve(null)), [enabled]);
  usePageRefresh(query.reload);
  return query;
}
