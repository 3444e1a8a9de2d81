import type { AppealDetail } from '@lingjuli/shared';
import { useMemo } from 'react';
import { api } from '@/services/api';
import { peopleForAssign } from '@/utils/staff/people';
import { useQuery } from '@/hooks/useQuery';

/** The appeal's community staff, secretary and liaisons (one request; the server keeps it to the caller's scope). */
export function useAssignPeople(detail: AppealDetail) {
  const users = useQuery(() => api.org.users({ communityId: detail.communityId }), [detail.communityId]);
  const people = useMemo(
    () => peopleForAssign(users.data ?? [], detail.communityId, { handler: detail.handler, liaison: detail.assignedLiaison }),
    [users.data, detail.communityId, detail.handler, detail.assignedLiaison],
  );
  return { ...people, loading: users.loading, error: users.error, reload: users.reload };
}
