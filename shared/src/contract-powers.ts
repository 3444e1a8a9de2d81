/** API contract of the six powers (see powers.ts for the rules). Times are ISO-8601 UTC strings. */
import type { DispatchRole, Satisfaction, NoteVisibility, Tier } from './enums';
import type { DepartmentSummary, IsoDateTime, PersonRef } from './contract';
import type {
  DepartmentPeriodData,
  LiaisonDuty,
  ManagementItemKind,
  Opinion,
  ProjectKind,
  ProjectStatus,
  RankedDepartment,
  RankingMeasure,
  RewardBasis,
  RewardStatus,
  WhistleStatus,
  WhistleTargetStatus,
} from './powers';

// ---- whistle 吹哨权: POST /whistles, GET /whistles, GET /whistles/:id, POST /whistles/:id/{report-in,progress,complete,close} ----

export interface CreateWhistleRequest {
  /** The appeal it is about, if any (a community matter may have none). */
  appealId?: number;
  subject: string;
  description: string;
  /** Sets the default report-in time; defaults to the appeal's tier, else ordinary. */
  tier?: Tier;
  departmentIds: number[];
  /** Its own report-in time instead of the tier's default. */
  reportInMinutes?: number;
}

export interface WhistleTargetInfo {
  departmentId: number;
  departmentName: string;
  status: WhistleTargetStatus;
  reportedInAt: IsoDateTime | null;
  reportedInBy: PersonRef | null;
  /** The report-in deadline passed before the department reported in (flagged for supervision). */
  reportInMissed: boolean;
  completedAt: IsoDateTime | null;
  completionNote: string | null;
  /** The community's rating of this department's response, given when the whistle closes. */
  rating: Satisfaction | null;
  ratingComment: string | null;
}

export interface WhistleSummary {
  id: number;
  communityId: number;
  communityName: string;
  appealId: number | null;
  subject: string;
  tier: Tier;
  status: WhistleStatus;
  createdAt: IsoDateTime;
  reportInDueAt: IsoDateTime;
  targets: WhistleTargetInfo[];
}

export type WhistleAction = 'reportIn' | 'progress' | 'complete' | 'close';

export interface WhistleEventInfo {
  id: number;
  /** `cancel`: the system ended the whistle because its appeal ended. */
  type: WhistleAction | 'whistle' | 'reportInMissed' | 'cancel';
  actor: PersonRef | null;
  departmentName: string | null;
  note: string | null;
  at: IsoDateTime;
}

export interface WhistleDetail extends WhistleSummary {
  description: string;
  createdBy: PersonRef;
  events: WhistleEventInfo[];
  /** What the caller may do now (a department acts on its own part). */
  actions: WhistleAction[];
}

export interface WhistleListQuery {
  status?: WhistleStatus;
  appealId?: number;
  /** The page after the one whose `Next-Cursor` header (`NEXT_CURSOR_HEADER`) this is; newest first, 200 a page. */
  cursor?: string;
}

export interface ReportInRequest {
  note?: string;
}
export interface WhistleProgressRequest {
  content: string;
}
export interface CompleteWhistleRequest {
  note: string;
}
export interface CloseWhistleRequest {
  /** One rating per whistled department. */
  ratings: { departmentId: number; rating: Satisfaction; comment?: string }[];
}

// ---- coordination 统筹协调权 and task forces 专班: POST /appeals/:id/task-force, POST /appeals/:id/task-force/notes ----

export interface FormTaskForceRequest {
  name: string;
  leadDepartmentId: number;
  memberDepartmentIds?: number[];
  /** Residents' representatives and other people by name, e.g. "业主代表 张先生". */
  representatives?: string[];
  note?: string;
}

export interface TaskForceMemberInfo {
  kind: 'department' | 'community' | 'person';
  name: string;
  lead: boolean;
}

export interface TaskForceNoteInfo {
  id: number;
  author: PersonRef;
  content: string;
  visibility: NoteVisibility;
  at: IsoDateTime;
}

export interface TaskForceInfo {
  id: number;
  appealId: number;
  name: string;
  formedBy: PersonRef;
  formedAt: IsoDateTime;
  members: TaskForceMemberInfo[];
  notes: TaskForceNoteInfo[];
}

export interface TaskForceNoteRequest {
  content: string;
  visibility: NoteVisibility;
}

/** Everything working on one appeal, seen together (GET /appeals/:id/coordination). */
export interface AppealCoordination {
  appealId: number;
  whistles: WhistleSummary[];
  dispatchAssignments: { departmentId: number; departmentName: string; role: DispatchRole; completedAt: IsoDateTime | null }[];
  taskForce: TaskForceInfo | null;
}

// ---- suggestion 建议权: POST /projects, GET /projects, GET /projects/:id, POST /projects/:id/{opinion,start} ----

export interface RegisterProjectRequest {
  communityId: number;
  title: string;
  description: string;
  kind: ProjectKind;
  /** Days the community has to answer; default PROJECT_OPINION_DAYS. */
  opinionDueDays?: number;
}

export interface ProjectOpinionInfo {
  opinion: Opinion;
  text: string;
  by: PersonRef;
  at: IsoDateTime;
}

export interface ProjectInfo {
  id: number;
  communityId: number;
  communityName: string;
  title: string;
  description: string;
  kind: ProjectKind;
  status: ProjectStatus;
  registeredBy: PersonRef;
  registeredAt: IsoDateTime;
  opinionDueAt: IsoDateTime;
  /** No opinion yet and the due time has passed. */
  opinionOverdue: boolean;
  opinion: ProjectOpinionInfo | null;
  startedAt: IsoDateTime | null;
}

export interface ProjectListQuery {
  communityId?: number;
  status?: ProjectStatus;
  overdue?: boolean;
}

export interface GiveOpinionRequest {
  opinion: Opinion;
  text: string;
}

// ---- evaluation 考评权: /evaluation/periods… ----

export interface EvaluationPeriodInfo {
  id: number;
  name: string;
  startsAt: IsoDateTime;
  endsAt: IsoDateTime;
}

/** Creates a period; without dates, the current quarter. */
export interface CreateEvaluationPeriodRequest {
  name?: string;
  startsAt?: IsoDateTime;
  endsAt?: IsoDateTime;
}

export interface ScoreDepartmentRequest {
  departmentId: number;
  /** 0–100 whole points (EVALUATION_SCALE). */
  score: number;
  comment?: string;
}

/** A department the caller's community worked with in the period, and its score so far. */
export interface DepartmentToScore {
  department: DepartmentSummary;
  /** How they worked together: whistles and dispatched appeals in the period. */
  whistles: number;
  dispatched: number;
  /** What a score rests on: how the department answered this community in the period. */
  evidence: ScoreEvidence;
  score: number | null;
  comment: string | null;
}

/**
 * The ranking's measured counts (`DepartmentPeriodData`) for one community: its whistles' report-ins
 * and its dispatched appeals' parts whose outcome is settled, how many of each on time, and residents'
 * ratings of its appeals dispatched to the department, how many satisfied (满意 or 基本满意).
 */
export type ScoreEvidence = Pick<DepartmentPeriodData, 'whistles' | 'whistlesOnTime' | 'dispatched' | 'dispatchedOnTime' | 'rated' | 'satisfied'>;

export interface DepartmentRanking {
  period: EvaluationPeriodInfo;
  weights: Record<RankingMeasure, number>;
  rows: RankedDepartment[];
}

// ---- management 管理权: GET/PUT /communities/:id/management ----

export interface ManagementItem {
  kind: ManagementItemKind;
  title: string;
  description: string;
}

export interface ManagementList {
  communityId: number;
  items: (ManagementItem & { id: number })[];
  updatedAt: IsoDateTime | null;
  updatedBy: PersonRef | null;
}

export interface UpdateManagementListRequest {
  items: ManagementItem[];
}

// ---- liaisons 民情专员: /liaisons… ----

export interface LiaisonCounts {
  reports: number;
  proactiveReports: number;
  visits: number;
  /** Appeals she was assigned to accompany or visit. */
  participations: number;
}

export interface TrainingRecordInfo {
  id: number;
  title: string;
  date: IsoDateTime;
  hours: number;
}

export interface LiaisonInfo {
  userId: number;
  name: string;
  communityId: number;
  duties: LiaisonDuty[];
  joinedAt: IsoDateTime;
  active: boolean;
  /** Masked except for the community's staff. */
  phone: string | null;
  counts: LiaisonCounts;
  trainings: TrainingRecordInfo[];
}

export interface RegisterLiaisonRequest {
  name: string;
  phone?: string;
  duties: LiaisonDuty[];
  /** For the development login in the browser; on WeChat she binds her account on first login. */
  username?: string;
}

export interface UpdateLiaisonRequest {
  duties?: LiaisonDuty[];
  active?: boolean;
}

export interface TrainingRequest {
  title: string;
  date: IsoDateTime;
  hours: number;
}

// ---- disposal 自主支配权, reward requests: /rewards… ----

export interface CreateRewardRequest {
  liaisonUserId: number;
  basis: RewardBasis;
  /** For 一事一议: the appeals the reward is for. */
  appealIds?: number[];
  /** For 综合考评: which evaluation, e.g. 2026年第1季度. */
  periodLabel?: string;
  /** What the reward is, e.g. 荣誉证书 + 慰问品. */
  reward: string;
  /** Value in yuan, if any. */
  amount?: number;
  reason: string;
}

/** The community party organisation's meeting that decided the reward (社区党组织会议). */
export interface MeetingRecord {
  date: IsoDateTime;
  attendees: string;
  decision: string;
  minutes: string;
}

export type RewardAction = 'recordMeeting' | 'submit' | 'approve' | 'return' | 'acknowledge';

export interface RewardEventInfo {
  id: number;
  type: RewardAction | 'propose';
  actor: PersonRef;
  at: IsoDateTime;
  note: string | null;
}

/** An appeal a reward is for, as the secretary sees it when deciding. */
export interface RewardAppeal {
  id: number;
  code: string;
  summary: string;
}

export interface RewardRequestInfo {
  id: number;
  communityId: number;
  communityName: string;
  liaison: PersonRef;
  basis: RewardBasis;
  appealIds: number[];
  /** The same appeals with their reference code and what they were about. */
  appeals: RewardAppeal[];
  periodLabel: string | null;
  reward: string;
  amount: number | null;
  reason: string;
  status: RewardStatus;
  meeting: MeetingRecord | null;
  proposedBy: PersonRef;
  proposedAt: IsoDateTime;
  returnedReason: string | null;
  events: RewardEventInfo[];
  actions: RewardAction[];
}

export interface ReturnRewardRequest {
  reason: string;
}

/** The secretary's approval, with her comment if she has one (kept on the request's timeline). */
export interface ApproveRewardRequest {
  comment?: string;
}
