import type {
  CommunityCampaignItem,
  HouseholdInfo,
  MyHousehold,
  PollSummary,
  ResidentHousehold,
  ResidentHouseholdQuery,
  StateHouseholdRequest,
} from '@lingjuli/shared';
import { http } from '@/services/api';

/** The residents' deliberation hall (居民议事厅): her household, and what the landing lists. */
export const hallApi = {
  /** Her household (null until she states it). */
  myHousehold: () => http.get<MyHousehold>('/me/household'),
  /** Stated once; a move is reset by the community's staff (409 `HOUSEHOLD_ALREADY_STATED`). */
  stateHousehold: (body: StateHouseholdRequest) => http.put<HouseholdInfo>('/me/household', { data: body }),
  /** Staff: the residents' stated households in their scope (unverified first), e.g. to invite by name. */
  residentHouseholds: (query: ResidentHouseholdQuery = {}) => http.get<ResidentHousehold[]>('/households', { query: { ...query } }),
  /** The polls she is asked in that take answers now (newest first, the first 20). */
  openPolls: () => http.get<PollSummary[]>('/polls', { query: { status: 'open' } }),
  /** The community's running and finished street-wide campaigns (public: no login needed). */
  communityCampaigns: (communityId: number) => http.get<CommunityCampaignItem[]>(`/communities/${communityId}/campaigns`),
};
