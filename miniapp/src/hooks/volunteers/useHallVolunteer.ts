import type { VolunteerApplicationInfo } from '@lingjuli/shared';
import { useMemo } from 'react';
import type { HallContext } from '@/hooks/hall/useHall';
import { asResident } from '@/hooks/resident/asResident';
import { useNow } from '@/hooks/useNow';
import { useQuery } from '@/hooks/useQuery';
import { volunteersApi } from '@/services/volunteers-api';
import { hallVolunteerCard } from '@/utils/volunteers/applications';

/** The hall landing's volunteering card: her application's state, an invitation, or nothing. */
export function useHallVolunteer(hall: HallContext) {
  const now = useNow(60_000);
  const list = useQuery<VolunteerApplicationInfo[]>(() => asResident(() => volunteersApi.mine()), [hall.version]);
  const card = useMemo(() => (list.data ? hallVolunteerCard(hall.role, list.data, now) : null), [list.data, hall.role, now]);
  return { card, loaded: list.data !== undefined, loading: list.loading && !list.data, error: list.error, reload: list.reload };
}
