import type { ResidentHousehold } from '@lingjuli/shared';
import { useEffect, useMemo, useState } from 'react';
import { usePageRefresh } from '@/hooks/usePageRefresh';
import { useQuery } from '@/hooks/useQuery';
import { useSubmit } from '@/hooks/useSubmit';
import { householdsApi } from '@/services/households-api';
import type { Session } from '@/state/session';
import { checked } from '@/utils/powers/check';
import { filterHouseholds, householdQuery, sortHouseholds, type HouseholdFilter } from '@/utils/polls/households';
import { toast } from '@/utils/navigation';

/**
 * 住址核实: the households her community's residents stated, unverified first, with how many share a
 * flat; 核实 confirms one, 重置 (after a confirm) deletes it so the resident states it again.
 */
export function useHouseholdReview(session: Session | null) {
  const enabled = !!session;
  const [filter, setFilter] = useState<HouseholdFilter>('unverified');
  const list = useQuery<ResidentHousehold[]>(() => (enabled ? householdsApi.list(householdQuery(filter)) : Promise.resolve([])), [enabled, filter]);
  usePageRefresh(list.reload);
  // Rows changed here (verified, reset) without reading the whole list again.
  const [rows, setRows] = useState<ResidentHousehold[]>([]);
  useEffect(() => setRows(list.data ?? []), [list.data]);
  const [search, setSearch] = useState('');
  const shown = useMemo(() => sortHouseholds(filterHouseholds(rows, search)), [rows, search]);

  const [verifying, setVerifying] = useState<number | null>(null);
  const verifier = useSubmit();
  const verify = (userId: number) => {
    setVerifying(userId);
    return verifier.run(
      checked({}, () => undefined),
      () => householdsApi.verify(userId),
      (updated) => {
        setVerifying(null);
        // Verified ones leave the 待核实 list; elsewhere the row shows its new state.
        setRows((rs) => (filter === 'unverified' ? rs.filter((r) => r.userId !== userId) : rs.map((r) => (r.userId === userId ? updated : r))));
        toast('已核实');
      },
      (e) => {
        setVerifying(null);
        if (e.status === 404) void list.reload();
      },
    );
  };

  const [resetting, setResetting] = useState<ResidentHousehold | null>(null);
  const resetter = useSubmit();
  const reset = () =>
    resetting
      ? resetter.run(
          checked({}, () => undefined),
          () => householdsApi.reset(resetting.userId),
          () => {
            const gone = resetting;
            setResetting(null);
            // She and her flatmates: the one who was reset goes; the others share the flat with one fewer.
            setRows((rs) =>
              rs
                .filter((r) => r.userId !== gone.userId)
                .map((r) => (r.householdId === gone.householdId ? { ...r, sharedWith: Math.max(0, r.sharedWith - 1) } : r)),
            );
            toast('已重置');
          },
          (e) => {
            if (e.status === 404) {
              setResetting(null);
              void list.reload();
            }
          },
        )
      : Promise.resolve(false);

  return {
    rows: shown,
    total: rows.length,
    filter,
    setFilter,
    search,
    setSearch,
    loading: list.loading && !list.data,
    error: list.error,
    reload: list.reload,
    verify,
    verifying,
    verifyError: verifier.error,
    resetting,
    askReset: (h: ResidentHousehold) => {
      resetter.reset();
      setResetting(h);
    },
    cancelReset: () => setResetting(null),
    reset,
    resetter,
  };
}
