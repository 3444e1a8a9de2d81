import { WHISTLE_STATUS_LABELS, type WhistleStatus } from '@lingjuli/shared';
import { useEffect, useMemo, useRef, useState } from 'react';
import { api } from '@/services/api';
import type { Session } from '@/state/session';
import { canWhistle } from '@/utils/powers/coordination';
import { nextArrivalFilter } from '@/utils/powers/whistle-arrival';
import { sortForDepartment, sortNewestFirst } from '@/utils/powers/whistles';
import { usePageRefresh } from '@/hooks/usePageRefresh';
import { pagingOf, usePagedList } from '@/hooks/usePagedList';

export type WhistleFilter = 'open' | 'closed' | 'all';

export const WHISTLE_FILTERS: readonly { key: WhistleFilter; label: string }[] = [
  { key: 'open', label: WHISTLE_STATUS_LABELS.open },
  { key: 'closed', label: WHISTLE_STATUS_LABELS.closed },
  { key: 'all', label: '全部' },
];

const NO_WHISTLES = { items: [], nextCursor: null };

/**
 * The whistles the caller sees (the server scopes them by role): a community's newest first, a
 * department's those waiting for it to report in first. Reloads when the page is shown again; older
 * whistles a page (20) at a time after the cursor the server sends.
 */
export function useWhistles(session: Session | null) {
  const [filter, setFilter] = useState<WhistleFilter>('open');
  const role = session?.user.role;
  const departmentId = session?.user.departmentId ?? null;
  const forDepartment = role === 'departmentStaff';
  const list = usePagedList(
    (cursor) =>
      role
        ? api.whistles.list({ ...(filter === 'all' ? {} : { status: filter as WhistleStatus }), ...(cursor ? { cursor } : {}) })
        : Promise.resolve(NO_WHISTLES),
    [role, filter],
  );
  usePageRefresh(list.reload);

  // Until the visitor picks a tab, land on the first one with whistles rather than an empty 进行中.
  const arriving = useRef(true);
  useEffect(() => {
    if (!arriving.current || list.firstPages === 0) return;
    const next = nextArrivalFilter(filter, list.rows.length === 0);
    if (next) setFilter(next);
    else arriving.current = false;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- decided once per first page, for the filter it was loaded for
  }, [list.firstPages]);
  const choose = (next: WhistleFilter) => {
    arriving.current = false;
    setFilter(next);
  };

  const rows = useMemo(
    () => (forDepartment ? sortForDepartment(list.rows, departmentId) : sortNewestFirst(list.rows)),
    [list.rows, forDepartment, departmentId],
  );
  return {
    rows,
    filter,
    setFilter: choose,
    forDepartment,
    departmentId,
    canWhistle: role ? canWhistle(role) : false,
    ...pagingOf(list),
  };
}
