import { hasPermission, isCommunityStaff, type PollStatus, type PollSummary } from '@lingjuli/shared';
import { useMemo, useState } from 'react';
import { pagingOf, usePagedList } from '@/hooks/usePagedList';
import { usePageRefresh } from '@/hooks/usePageRefresh';
import { useQuery } from '@/hooks/useQuery';
import { pollsApi } from '@/services/polls-api';
import type { Session } from '@/state/session';
import { groupStaffPolls } from '@/utils/polls/lists';

export type PollFilter = 'all' | PollStatus;

export const POLL_FILTERS: readonly { key: PollFilter; label: string }[] = [
  { key: 'all', label: '全部' },
  { key: 'open', label: '征求中' },
  { key: 'scheduled', label: '未开始' },
  { key: 'closed', label: '已截止' },
];

const NO_POLLS = { items: [] as PollSummary[], nextCursor: null };

/**
 * The polls in her scope (her community's; the grid's and the street's for them), grouped: running
 * (with the live turnout), to come, closed awaiting the adopted plan, done. 20 a page.
 */
export function useStaffPolls(session: Session | null) {
  const role = session?.user.role;
  const [filter, setFilter] = useState<PollFilter>('all');
  const list = usePagedList(
    (cursor) => (role ? pollsApi.list({ ...(filter === 'all' ? {} : { status: filter }), ...(cursor ? { cursor } : {}) }) : Promise.resolve(NO_POLLS)),
    [role, filter],
  );
  usePageRefresh(list.reload);

  // The audience of each running poll, for its live turnout (a running poll's results are read live).
  const openIds = list.rows.filter((p) => p.status === 'open').map((p) => p.id);
  const canSeeResults = !!role && hasPermission(role, 'poll.results');
  const eligible = useQuery<Map<number, number>>(async () => {
    if (!canSeeResults || !openIds.length) return new Map();
    const answers = await Promise.all(
      openIds.map((id) =>
        pollsApi
          .results(id)
          .then((r): [number, number] => [id, r.eligible])
          .catch(() => null),
      ),
    );
    return new Map(answers.filter((a): a is [number, number] => a !== null));
  }, [canSeeResults, openIds.join(',')]);

  const groups = useMemo(() => groupStaffPolls(list.rows), [list.rows]);
  return {
    groups,
    rows: list.rows,
    filter,
    setFilter,
    eligible: eligible.data ?? new Map<number, number>(),
    canCreate: !!role && hasPermission(role, 'poll.manage') && !!session?.user.communityId,
    /** The grid and the street read several communities' polls: each row names its community. */
    showCommunity: !!role && !isCommunityStaff(role),
    ...pagingOf(list),
  };
}
