/** API contract of the measures (docs/domain.md §10; the rules in measures.ts). Times are ISO-8601 UTC strings. */
import type { IsoDateTime } from './contract';
import type { Level, Tier } from './enums';
import type { CategoryGrowth, MeasureCounts, MeasureSettings, Rates } from './measures';
import type { Category } from './triage';
import type { SurveyHeadline } from './contract-surveys';
import type { AgeBandCounts } from './volunteers';

/** Whose figures: the street, one grid's communities, one community, or the appeals dispatched to one department. */
export const MEASURE_SCOPES = ['street', 'grid', 'community', 'department'] as const;
export type MeasureScopeKind = (typeof MEASURE_SCOPES)[number];

/**
 * Which appeals a figure counts: all of them, or only the 12345 work orders (channel `city12345`), as
 * the city judges the street's 接诉即办. The counters keep the work orders' counts beside the totals.
 */
export const MEASURE_SOURCES = ['all', 'city12345'] as const;
export type MeasureSource = (typeof MEASURE_SOURCES)[number];

// ---- GET /measures?scope&id&month | from&to ----

export interface MeasuresQuery {
  scope?: MeasureScopeKind;
  /** The grid, community or department (the caller's own when left out). */
  id?: number;
  /** A Beijing month `YYYY-MM` (default: this month), or a custom period by `from` and `to`. */
  month?: string;
  /** Beijing calendar dates `YYYY-MM-DD`, both included; at most 366 days. */
  from?: string;
  to?: string;
  /** `all` by default. */
  source?: MeasureSource;
}

export interface MeasurePeriod {
  /** `YYYY-MM` for a month, else `YYYY-MM-DD至YYYY-MM-DD`. */
  label: string;
  startsAt: IsoDateTime;
  endsAt: IsoDateTime;
}

export interface TierFigures {
  tier: Tier;
  deadlinesDue: number;
  deadlinesMet: number;
  onTimeRate: number | null;
  /** Read off the histogram (`medianMinutes`). */
  medianFirstResponseMinutes: number | null;
  medianResolutionMinutes: number | null;
}

export interface ScopeMeasures {
  scope: { kind: MeasureScopeKind; id: number | null; name: string };
  period: MeasurePeriod;
  /** The appeals counted (the street's median too); liaison participation is the community's whole, so null for `city12345`. */
  source: MeasureSource;
  settings: MeasureSettings;
  counts: MeasureCounts;
  rates: Rates;
  composite: number | null;
  byTier: TierFigures[];
  whereClosed: Record<Level, number | null>;
  proactiveShare: number | null;
  city12345Share: number | null;
  /** Liaison participation (none for a department). */
  liaisons: {
    activeLiaisons: number;
    reports: number;
    visits: number;
    reportsPerLiaison: number | null;
    visitsPerLiaison: number | null;
  } | null;
  /** For a community: the median of the street's communities over the same period, to compare with. */
  streetMedian: { rates: Rates; composite: number | null } | null;
  /**
   * Beside the appeal ratings: the door-to-door surveys (入户调查) of the scope's communities open at any
   * time in the period, newest first, each with its first satisfaction question's share, sample and
   * margin over the scope's communities (none for a department).
   */
  surveys: SurveyHeadline[];
  /** How residents take part in the deliberation hall (居民议事厅), for the scope's communities; null for a department. */
  participation: Participation | null;
}

/**
 * Participation (docs/domain.md, the deliberation hall): meetings held and their attendance, and polls'
 * turnout, in the period; the volunteers as they are now (their ages, the paper's worry: the willing are
 * old, the able are absent). Each part is null where its feature is not part of the server.
 */
export interface Participation {
  /** 议事会 that started in the period, were not cancelled and have published minutes; their attendances and distinct attendees. */
  meetings: { held: number; attendances: number; attendees: number } | null;
  /** 征求意见 closed in the period: households or residents that answered, those in the audience who could, and the turnout (null without any). */
  polls: { closed: number; participants: number; eligible: number; turnout: number | null } | null;
  /** Active liaisons (民情专员) and registered party members (双报到) now, by age band. */
  volunteers: { liaisons: number; partyMembers: number; byAgeBand: AgeBandCounts } | null;
}

// ---- GET /measures/overview?month&source ----

export interface MonthFigures {
  month: string;
  rates: Rates;
  composite: number | null;
}

export interface CommunityOverviewRow {
  communityId: number;
  communityName: string;
  gridId: number;
  rates: Rates;
  composite: number | null;
  /** 1 = best this month; null without data. */
  rank: number | null;
  /** Last month's rank, and the change (positive = moved up). */
  previousRank: number | null;
  rankChange: number | null;
  ratings: number;
  deadlinesDue: number;
  /** Open now, and of them past their deadline without the response it asks. */
  open: number;
  overdue: number;
  /** The twelve months up to this one, oldest first. */
  trend: MonthFigures[];
}

export interface CommunityOverview {
  month: string;
  /** The appeals counted: the rates, ranks, open and overdue are the 12345 work orders' alone for `city12345`. */
  source: MeasureSource;
  settings: MeasureSettings;
  communities: CommunityOverviewRow[];
  /** The street (or the grid) as a whole, month by month: the same twelve months. */
  trend: MonthFigures[];
  serverTime: IsoDateTime;
}

// ---- GET /measures/hot-spots?communityId ----

export interface HotSpot {
  communityId: number;
  communityName: string;
  buildingId: number;
  buildingName: string;
  category: Category;
  /** Appeals of that category from that building in the window. */
  appeals: number;
  lastReceivedAt: IsoDateTime;
}

// ---- GET /measures/growing-categories?month ----

export type CategoryGrowthInfo = CategoryGrowth;

// ---- GET / PUT /measures/settings ----

export type MeasureSettingsRequest = MeasureSettings;

// ---- visit tasks (未诉即办): POST /visit-tasks, GET /visit-tasks?status, POST /visit-tasks/:id/done ----

export const VISIT_TASK_STATUSES = ['open', 'done'] as const;
export type VisitTaskStatus = (typeof VISIT_TASK_STATUSES)[number];
export const VISIT_TASK_STATUS_LABELS: Record<VisitTaskStatus, string> = { open: '待走访', done: '已走访' };

/** Open a liaison visit to a hot spot: the building and the category that keeps coming back. */
export interface CreateVisitTaskRequest {
  buildingId: number;
  category: Category;
  /** One of the community's liaisons; left out, any of them may take it. */
  liaisonId?: number;
  note?: string;
}

export interface VisitTaskInfo {
  id: number;
  communityId: number;
  communityName: string;
  buildingId: number;
  buildingName: string;
  category: Category;
  /** Why: how often the problem came back, and the note of whoever opened it. */
  reason: string;
  liaison: { id: number; displayName: string } | null;
  status: VisitTaskStatus;
  createdAt: IsoDateTime;
  doneAt: IsoDateTime | null;
  /** What she found. */
  doneNote: string | null;
}

export interface CompleteVisitTaskRequest {
  note: string;
}
