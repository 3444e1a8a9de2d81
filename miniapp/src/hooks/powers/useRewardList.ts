import type { Role } from '@lingjuli/shared';
import { useMemo } from 'react';
import { api } from '@/services/api';
import { groupRewards } from '@/utils/powers/reward';
import { usePageRefresh } from '@/hooks/usePageRefresh';
import { useQuery } from '@/hooks/useQuery';

/** The reward requests the role sees, grouped by status with what waits for her first; reloaded when shown again. */
export function useRewardList(role: Role | null) {
  const list = useQuery(() => (role ? api.rewards.list() : Promise.resolve([])), [role]);
  usePageRefresh(list.reload);
  const groups = useMemo(() => (role ? groupRewards(list.data ?? [], role) : []), [list.data, role]);
  return { list, groups, waiting: groups.filter((g) => g.waiting).reduce((n, g) => n + g.items.length, 0) };
}
