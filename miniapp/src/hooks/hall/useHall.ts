import type { HouseholdInfo, Role } from '@lingjuli/shared';
import { useState } from 'react';
import { asResident } from '@/hooks/resident/asResident';
import { usePageRefresh } from '@/hooks/usePageRefresh';
import { useQuery } from '@/hooks/useQuery';
import { hallApi } from '@/services/hall-api';
import { usePlace } from '@/state/place';
import { sessionStore, useSession } from '@/state/session';
import { isHallParticipant } from '@/utils/hall/roles';

/** Who opened the hall: a resident or liaison (with her household, if stated), or someone at work. */
type HallMe = { kind: 'participant'; household: HouseholdInfo | null } | { kind: 'staff' };

/** What every section of the landing is given (components/hall/sections.tsx). */
export interface HallContext {
  role: Role | null;
  /** Her household; null until she states it. */
  household: HouseholdInfo | null;
  /** Her community: the household's, her account's, the stairwell code's, or the link's. */
  communityId: number | null;
  /** Grows each time the page is shown again or pulled down: the sections reload with it. */
  version: number;
}

/**
 * The residents' hall (社区议事厅) landing: logs her in (as a resident), reads her household, and gives
 * the sections their context. Someone logged in at work is sent to the staff pages instead.
 */
export function useHall(communityIdParam: number | undefined) {
  const session = useSession();
  const place = usePlace();
  const [version, setVersion] = useState(0);
  const me = useQuery<HallMe>(
    () =>
      asResident(async () => {
        const role = sessionStore.get()?.user.role;
        if (role && !isHallParticipant(role)) return { kind: 'staff' } as const;
        return { kind: 'participant', household: (await hallApi.myHousehold()).household } as const;
      }),
    [],
  );
  usePageRefresh(async () => {
    setVersion((v) => v + 1);
    await me.reload();
  });

  const household = me.data?.kind === 'participant' ? me.data.household : null;
  const communityId = household?.communityId ?? session?.user.communityId ?? place?.community.id ?? communityIdParam ?? null;
  const communityName = household?.communityName ?? (place && place.community.id === communityId ? place.community.name : null);
  const context: HallContext = { role: session?.user.role ?? null, household, communityId, version };

  return {
    context,
    household,
    communityName,
    /** Her household is known (stated or not): the sections may load. */
    ready: me.data?.kind === 'participant',
    staff: me.data?.kind === 'staff',
    loading: me.loading && !me.data,
    error: me.data ? null : me.error,
    reload: me.reload,
  };
}
