import { hasPermission, isCommunityStaff } from '@lingjuli/shared';
import { useMemo, useState } from 'react';
import { api } from '@/services/api';
import type { Session } from '@/state/session';
import { matchesProjectFilter, projectQuery, sortProjectsForCommunity, sortProjectsForStreet, type ProjectFilter } from '@/utils/powers/projects';
import { usePageRefresh } from '@/hooks/usePageRefresh';
import { useQuery } from '@/hooks/useQuery';

/**
 * Street projects consulted with communities (建议权): the street sees all of them, filtered by status
 * or overdue; a community sees its own, those awaiting its opinion first.
 */
export function useProjects(session: Session | null) {
  const role = session?.user.role;
  const forCommunity = role !== undefined && isCommunityStaff(role);
  const [filter, setFilter] = useState<ProjectFilter>('all');
  const list = useQuery(() => (role ? api.projects.list(projectQuery(filter)) : Promise.resolve([])), [role, filter]);
  usePageRefresh(list.reload);
  const rows = useMemo(() => {
    const items = (list.data ?? []).filter((p) => matchesProjectFilter(p, filter));
    return forCommunity ? sortProjectsForCommunity(items) : sortProjectsForStreet(items);
  }, [list.data, filter, forCommunity]);
  return {
    rows,
    filter,
    setFilter,
    forCommunity,
    awaiting: forCommunity ? rows.filter((p) => p.status === 'awaitingOpinion').length : 0,
    canRegister: !!role && hasPermission(role, 'project.register'),
    loading: list.loading && !list.data,
    error: list.error,
    reload: list.reload,
  };
}
