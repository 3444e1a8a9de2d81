import { hasPermission, isCommunityStaff, type MeetingSummary } from '@lingjuli/shared';
import { useMemo, useState } from 'react';
import { usePageRefresh } from '@/hooks/usePageRefresh';
import { useQuery } from '@/hooks/useQuery';
import { meetingsApi } from '@/services/meetings-api';
import type { Session } from '@/state/session';
import { sortStaffMeetings } from '@/utils/hall/meetings';

export type MeetingListWhen = 'current' | 'past';

/** The meetings in her scope: running and to come first, then the recent; or the past ones. */
export function useStaffMeetings(session: Session | null, now: Date) {
  const role = session?.user.role;
  const [when, setWhen] = useState<MeetingListWhen>('current');
  const list = useQuery<MeetingSummary[]>(() => (role ? meetingsApi.list({ when }) : Promise.resolve([])), [role, when]);
  usePageRefresh(list.reload);
  const rows = useMemo(() => (when === 'current' ? sortStaffMeetings(list.data ?? [], now) : (list.data ?? [])), [list.data, when, now]);
  return {
    rows,
    when,
    setWhen,
    canSchedule: !!role && hasPermission(role, 'meeting.manage') && !!session?.user.communityId,
    /** The grid and the street read several communities' meetings: each row names its community. */
    showCommunity: !!role && !isCommunityStaff(role),
    loading: list.loading && !list.data,
    error: list.error,
    reload: list.reload,
  };
}
