import { api } from '@/services/api';
import type { Session } from '@/state/session';
import { canFormTaskForce, canWhistle } from '@/utils/powers/coordination';
import { usePageRefresh } from '@/hooks/usePageRefresh';
import { useQuery } from '@/hooks/useQuery';

/**
 * Everything working on one appeal together (统筹协调): its whistles, the dispatch assignments and
 * the task force, with the appeal's own summary when the caller may read it.
 */
export function useCoordination(appealId: number, session: Session | null) {
  const enabled = !!session && !!appealId;
  const coordination = useQuery(() => (enabled ? api.coordination(appealId) : Promise.resolve(null)), [enabled, appealId]);
  const appeal = useQuery(() => (enabled ? api.appeals.get(appealId).catch(() => null) : Promise.resolve(null)), [enabled, appealId]);
  usePageRefresh(async () => {
    await Promise.all([coordination.reload(), appeal.reload()]);
  });
  const role = session?.user.role;
  const data = coordination.data ?? undefined;
  return {
    data,
    appeal: appeal.data ?? null,
    loading: coordination.loading && !coordination.data,
    error: coordination.error,
    reload: coordination.reload,
    canWhistle: role ? canWhistle(role) : false,
    canFormTaskForce: role ? canFormTaskForce(role, data) : false,
  };
}
