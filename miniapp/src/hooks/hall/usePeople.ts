import type { LiaisonInfo, ResidentHousehold } from '@lingjuli/shared';
import { useEffect, useMemo, useState } from 'react';
import { useQuery } from '@/hooks/useQuery';
import { api } from '@/services/api';
import { hallApi } from '@/services/hall-api';
import { peopleChoices, type PersonChoice } from '@/utils/hall/people';

/**
 * The community's residents who stated a household and its liaisons: whom staff may invite by name or
 * record present. Loaded the first time `want` is true (most meetings are for everyone).
 */
export function usePeople(communityId: number | null, want: boolean) {
  const [asked, setAsked] = useState(false);
  useEffect(() => {
    if (want) setAsked(true);
  }, [want]);
  const enabled = asked && communityId !== null;
  const households = useQuery<ResidentHousehold[]>(
    () => (enabled ? hallApi.residentHouseholds({ communityId: communityId }) : Promise.resolve([])),
    [enabled, communityId],
  );
  const liaisons = useQuery<LiaisonInfo[]>(() => (enabled ? api.liaisons.list(communityId) : Promise.resolve([])), [enabled, communityId]);
  const people = useMemo<PersonChoice[]>(() => peopleChoices(households.data ?? [], liaisons.data ?? []), [households.data, liaisons.data]);
  return {
    people,
    loading: enabled && (households.loading || liaisons.loading),
    error: households.error ?? liaisons.error,
    reload: async () => {
      await Promise.all([households.reload(), liaisons.reload()]);
    },
  };
}
