import type {
  CampaignDetail,
  CampaignListQuery,
  CampaignPublicResult,
  CampaignSiteInfo,
  CampaignSiteListQuery,
  CampaignSitePage,
  CampaignSummary,
  ClearCampaignSiteRequest,
  CreateCampaignRequest,
  FinishCampaignRequest,
  ReportCampaignSiteRequest,
} from '@lingjuli/shared';
import { http } from '@/services/api';

/**
 * Street-wide campaigns (专项整治): the street creates, starts and finishes them; liaisons and community
 * staff report sites in their own community while one runs; the community or a unit taking part clears
 * each site once. Anyone reads a running or finished campaign's result without logging in.
 */
export const campaignsApi = {
  /** The campaigns in her view, newest first (at most 200), each with its progress as far as she sees it. */
  list: (query: CampaignListQuery = {}) => http.get<CampaignSummary[]>('/campaigns', { query: { ...query } }),
  /** Communities, units, the progress per community in her view, her moves, whether she may report a site. */
  get: (id: number) => http.get<CampaignDetail>(`/campaigns/${id}`),
  // ---- the street ----
  create: (body: CreateCampaignRequest) => http.post<CampaignDetail>('/campaigns', { data: body }),
  /** planned → active (409 `CAMPAIGN_TRANSITION_NOT_ALLOWED` from any other status). */
  start: (id: number) => http.post<CampaignDetail>(`/campaigns/${id}/start`),
  /** active → finished, with the result the public reads. */
  finish: (id: number, body: FinishCampaignRequest) => http.post<CampaignDetail>(`/campaigns/${id}/finish`, { data: body }),
  // ---- sites ----
  /**
   * In her own community, while it runs (409 `CAMPAIGN_NOT_ACTIVE` otherwise). With the draft's `clientKey`,
   * safe to send again: the site already taken with it comes back (200), never a second one.
   */
  reportSite: (campaignId: number, body: ReportCampaignSiteRequest) => http.post<CampaignSiteInfo>(`/campaigns/${campaignId}/sites`, { data: body }),
  /** The sites in her view, newest first, 50 a page (page numbers from 1, with the total). */
  sites: (campaignId: number, query: CampaignSiteListQuery = {}) => http.get<CampaignSitePage>(`/campaigns/${campaignId}/sites`, { query: { ...query } }),
  site: (id: number) => http.get<CampaignSiteInfo>(`/campaign-sites/${id}`),
  /** Once (409 `CAMPAIGN_SITE_CLEARED` the second time), at most what was found. */
  clearSite: (id: number, body: ClearCampaignSiteRequest) => http.post<CampaignSiteInfo>(`/campaign-sites/${id}/clear`, { data: body }),
  // ---- the public (no login) ----
  /** A running or finished campaign's counts and units; a planned one is 404. */
  result: (id: number) => http.get<CampaignPublicResult>(`/campaigns/${id}/result`),
};
