/** API contract of the street-wide campaigns (专项整治; rules in campaigns.ts). Times are ISO-8601 UTC strings, dates Beijing calendar dates. */
import type { CampaignAction, CampaignSiteStatus, CampaignStatus, CampaignTally } from './campaigns';
import type { AttachmentInfo, IsoDateTime, Page, PersonRef } from './contract';
import type { DepartmentKind } from './enums';

// ---- the street: POST /campaigns, POST /campaigns/:id/start, POST /campaigns/:id/finish ----

/** A unit taking part (a street office, a member unit of the coordination committee) and how many people it sends. */
export interface CampaignUnitRequest {
  departmentId: number;
  people: number;
}

export interface CreateCampaignRequest {
  /** e.g. 地锁专项整治 */
  title: string;
  /** What the campaign is about: the problem, the rule it enforces, how residents are told. */
  description: string;
  /** What one site is, e.g. 私装地锁. */
  siteKind: string;
  /** Every community of the street (then no `communityIds`), or the chosen ones. */
  allCommunities: boolean;
  communityIds?: number[];
  units: CampaignUnitRequest[];
  /** `YYYY-MM-DD`, Beijing calendar dates, both included. */
  startDate: string;
  endDate: string;
}

/** Finishing records the result for the public: what was achieved, in words without names. */
export interface FinishCampaignRequest {
  resultSummary: string;
}

export interface CampaignListQuery {
  status?: CampaignStatus;
}

// ---- GET /campaigns, GET /campaigns/:id ----

export interface CampaignUnitInfo {
  departmentId: number;
  departmentName: string;
  kind: DepartmentKind;
  people: number;
}

export interface CampaignCommunityProgress extends CampaignTally {
  communityId: number;
  communityName: string;
}

export interface CampaignSummary {
  id: number;
  title: string;
  siteKind: string;
  status: CampaignStatus;
  startDate: string;
  endDate: string;
  allCommunities: boolean;
  communityCount: number;
  unitCount: number;
  /** All units' people together. */
  people: number;
  /** The progress as far as the caller sees it (her communities' sites; a liaison her own). */
  total: CampaignTally;
}

export interface CampaignDetail extends CampaignSummary {
  description: string;
  communities: { id: number; name: string }[];
  units: CampaignUnitInfo[];
  /** Per community in the caller's view, zeros included. */
  progress: CampaignCommunityProgress[];
  resultSummary: string | null;
  createdBy: PersonRef;
  createdAt: IsoDateTime;
  startedAt: IsoDateTime | null;
  finishedAt: IsoDateTime | null;
  /** The moves the caller may make now (the street's start and finish). */
  actions: CampaignAction[];
  /** Whether the caller may report a site in it now (her community takes part and it is active). */
  canReportSite: boolean;
}

// ---- sites: POST /campaigns/:id/sites, GET /campaigns/:id/sites, GET /campaign-sites/:id, POST /campaign-sites/:id/clear ----

/** A site found on the rounds, in the reporter's own community: a building of it, or a place in words, or both. */
export interface ReportCampaignSiteRequest {
  buildingId?: number;
  /** e.g. 甲1号楼东侧车位 */
  locationText?: string;
  /** What was found, e.g. 私装地锁，已锁住消防通道旁车位. */
  finding: string;
  /** How many at this place (3 locks at one place), 1–999. */
  count: number;
  /** Her own photos from POST /uploads, not used elsewhere. */
  attachmentIds?: number[];
  /**
   * The phone's own key for this report, 8–64 of A–Z a–z 0–9 _ - (`CLIENT_KEY_PATTERN`), one per
   * draft: sent again by her, the site already taken is returned (200, photos and all), never a second site;
   * used by someone else in the same campaign, 409 IDEMPOTENCY_KEY_REUSED. Without it, every send is a new site.
   */
  clientKey?: string;
}

export interface ClearCampaignSiteRequest {
  /** How many of the site's things were cleared, 1 up to the count found. */
  clearedCount: number;
  note: string;
  attachmentIds?: number[];
}

export interface CampaignSiteListQuery {
  communityId?: number;
  status?: CampaignSiteStatus;
  page?: number;
}

export interface CampaignSiteInfo {
  id: number;
  campaignId: number;
  communityId: number;
  communityName: string;
  buildingId: number | null;
  buildingName: string | null;
  locationText: string | null;
  finding: string;
  count: number;
  status: CampaignSiteStatus;
  reportedBy: PersonRef;
  reportedAt: IsoDateTime;
  clearedBy: PersonRef | null;
  clearedAt: IsoDateTime | null;
  clearedCount: number | null;
  clearNote: string | null;
  /** Photos of what was found, and of the cleared place. */
  photos: { found: AttachmentInfo[]; cleared: AttachmentInfo[] };
}

/** Newest first, 50 a page. */
export type CampaignSitePage = Page<CampaignSiteInfo>;

// ---- the public: GET /campaigns/:id/result, GET /communities/:id/campaigns (no login) ----

/** A running or finished campaign as anyone may read it: counts and units, never names, phones, places or photos. */
export interface CampaignPublicResult {
  id: number;
  title: string;
  /** The street's words, with phone numbers and the like masked. */
  description: string;
  siteKind: string;
  status: Exclude<CampaignStatus, 'planned'>;
  startDate: string;
  endDate: string;
  units: { name: string; kind: DepartmentKind; people: number }[];
  people: number;
  communities: CampaignCommunityProgress[];
  total: CampaignTally;
  /** Once finished; masked like the description. */
  resultSummary: string | null;
  finishedAt: IsoDateTime | null;
}

/** A campaign on a community's home: its counts in that community and in the whole campaign. */
export interface CommunityCampaignItem {
  id: number;
  title: string;
  siteKind: string;
  status: Exclude<CampaignStatus, 'planned'>;
  startDate: string;
  endDate: string;
  community: CampaignTally;
  total: CampaignTally;
}
