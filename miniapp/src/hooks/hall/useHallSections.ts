import type { CommunityCampaignItem, MeetingDetail, MeetingSummary, PollSummary } from '@lingjuli/shared';
import { useMemo } from 'react';
import type { HallContext } from '@/hooks/hall/useHall';
import { asResident } from '@/hooks/resident/asResident';
import { useQuery } from '@/hooks/useQuery';
import { hallApi } from '@/services/hall-api';
import { meetingsApi } from '@/services/meetings-api';
import { ApiError } from '@/services/http';
import { sortCampaigns, sortOpenPolls } from '@/utils/hall/landing';
import { hallMeetingLists } from '@/utils/hall/meetings';

/** How many of the latest meetings with minutes show their decisions on the landing. */
const DECISIONS_SHOWN_FOR = 3;

/** The meetings, or that she must state her household first (a resident's every meeting route asks for it). */
type MeetingsAnswer = MeetingSummary[] | 'householdRequired';

/** The hall's meetings: those to come or running, and those with published minutes. */
export function useHallMeetings(hall: HallContext, now: Date) {
  const needsHousehold = hall.role === 'resident' && !hall.household;
  const list = useQuery<MeetingsAnswer>(
    () =>
      needsHousehold
        ? Promise.resolve('householdRequired' as const)
        : asResident(() => meetingsApi.list()).catch((e: unknown) => {
            if (e instanceof ApiError && e.code === 'HOUSEHOLD_REQUIRED') return 'householdRequired' as const;
            throw e;
          }),
    [needsHousehold, hall.household?.householdId, hall.version],
  );
  const meetings = Array.isArray(list.data) ? list.data : null;
  const lists = useMemo(() => hallMeetingLists(meetings ?? [], now), [meetings, now]);
  // The decisions of the latest few, read on the landing itself (通过 / 未通过) without opening each.
  const shownIds = lists.withMinutes.slice(0, DECISIONS_SHOWN_FOR).map((m) => m.id);
  const details = useQuery<MeetingDetail[]>(
    () => (shownIds.length ? Promise.all(shownIds.map((id) => asResident(() => meetingsApi.get(id)))) : Promise.resolve([])),
    [shownIds.join(','), hall.version],
  );
  const decisions = useMemo(() => new Map((details.data ?? []).map((d) => [d.id, d.decisions])), [details.data]);
  return {
    ...lists,
    decisions,
    householdRequired: list.data === 'householdRequired',
    loaded: meetings !== null,
    loading: list.loading && list.data === undefined,
    error: list.error,
    reload: list.reload,
  };
}

/** The polls she is asked in that take answers now, those still to answer first. */
export function useHallPolls(hall: HallContext) {
  const list = useQuery<PollSummary[]>(() => asResident(() => hallApi.openPolls()), [hall.household?.householdId, hall.version]);
  const polls = useMemo(() => sortOpenPolls(list.data ?? []), [list.data]);
  return { polls, loaded: list.data !== undefined, loading: list.loading && !list.data, error: list.error, reload: list.reload };
}

/** The community's street-wide campaigns (专项整治) and their public results. */
export function useHallCampaigns(hall: HallContext) {
  const { communityId } = hall;
  const list = useQuery<CommunityCampaignItem[]>(
    () => (communityId ? hallApi.communityCampaigns(communityId) : Promise.resolve([])),
    [communityId, hall.version],
  );
  const campaigns = useMemo(() => sortCampaigns(list.data ?? []), [list.data]);
  return { campaigns, loaded: list.data !== undefined, loading: list.loading && !list.data, error: list.error, reload: list.reload };
}
