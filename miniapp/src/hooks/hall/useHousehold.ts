import type { BuildingSummary, CommunitySummary, HouseholdInfo } from '@lingjuli/shared';
import { useEffect, useState } from 'react';
import { asResident } from '@/hooks/resident/asResident';
import { usePageRefresh } from '@/hooks/usePageRefresh';
import { useQuery } from '@/hooks/useQuery';
import { useSubmit } from '@/hooks/useSubmit';
import { api } from '@/services/api';
import { hallApi } from '@/services/hall-api';
import { usePlace } from '@/state/place';
import { useSession } from '@/state/session';
import { householdBody, preselectedBuilding, type HouseholdDraft } from '@/utils/hall/household';
import { toast } from '@/utils/navigation';

/**
 * Her household (户): stated once — her community's building (the stairwell code's preselected), unit
 * and room — then shown with 已核实 / 待核实; a move is changed by the community's staff.
 */
export function useHousehold() {
  const session = useSession();
  const place = usePlace();
  const mine = useQuery(() => asResident(() => hallApi.myHousehold()), []);
  usePageRefresh(mine.reload);
  const [stated, setStated] = useState<HouseholdInfo | null>(null);
  const household = stated ?? mine.data?.household ?? null;

  /** Chosen here when neither her account nor a scanned code names her community (or she says it is another). */
  const [chosenCommunityId, setChosenCommunityId] = useState<number | null>(null);
  const [choosingCommunity, setChoosingCommunity] = useState(false);
  const communityId = chosenCommunityId ?? session?.user.communityId ?? place?.community.id ?? null;
  const communities = useQuery<CommunitySummary[]>(() => api.org.communities(), []);
  const community = communities.data?.find((c) => c.id === communityId) ?? null;
  const buildings = useQuery<BuildingSummary[]>(() => (communityId ? api.org.buildings(communityId) : Promise.resolve([])), [communityId]);

  const [draft, setDraft] = useState<HouseholdDraft>({ buildingId: null, unit: '', room: '' });
  const set = <K extends keyof HouseholdDraft>(key: K, value: HouseholdDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  // Her building from the stairwell code, once the community's buildings are known (and none chosen yet).
  useEffect(() => {
    if (!buildings.data) return;
    setDraft((d) => {
      if (d.buildingId !== null && buildings.data!.some((b) => b.id === d.buildingId)) return d;
      return { ...d, buildingId: preselectedBuilding(place?.building?.id, buildings.data!) };
    });
  }, [buildings.data, place?.building?.id]);

  const chooseCommunity = (id: number) => {
    setChosenCommunityId(id);
    setChoosingCommunity(false);
    setDraft((d) => ({ ...d, buildingId: null }));
  };

  const submitter = useSubmit();
  const submit = () =>
    submitter.run(
      householdBody(draft),
      (body) => asResident(() => hallApi.stateHousehold(body)),
      (info) => {
        setStated(info);
        toast('住址已登记');
      },
      (e) => {
        // Stated already (on another phone, or a moment ago): show it as it is.
        if (e.code === 'HOUSEHOLD_ALREADY_STATED') void mine.reload();
      },
    );

  return {
    household,
    loading: mine.loading && !mine.data && !stated,
    error: mine.data || stated ? null : mine.error,
    reload: mine.reload,
    justStated: stated !== null,
    communityId,
    /** The building of the stairwell code she scanned (preselected). */
    placeBuildingId: place?.building?.id ?? null,
    community,
    communities,
    choosingCommunity: choosingCommunity || communityId === null,
    startChoosingCommunity: () => setChoosingCommunity(true),
    chooseCommunity,
    buildings,
    draft,
    set,
    submit,
    submitter,
  };
}
