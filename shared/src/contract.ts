/**
 * API contract: the JSON the server sends and accepts. Times are ISO-8601 strings in UTC;
 * clients show them in Asia/Shanghai.
 */
import type {
  ActorRole,
  AppealStatus,
  Channel,
  DepartmentKind,
  DispatchOrderStatus,
  DispatchRole,
  EmergencyService,
  FeedbackMethod,
  Level,
  NoteVisibility,
  Role,
  Satisfaction,
  Tier,
} from './enums';
import type { ApiErrorCode } from './errors';
import type { ContentCheckState } from './content-security';
import type { AppealAction, RateOutcome } from './transitions';
import type { Category, TriageReason } from './triage';
import type { ServiceLine } from './service-lines';

export type IsoDateTime = string;

/** Every error response. `details` names the fields that were wrong. */
export interface ApiError {
  /** One of `ERROR_CODES` (or `HTTP_<status>` for a status without a name of its own). */
  code: ApiErrorCode;
  message: string;
  details?: FieldError[];
}
export interface FieldError {
  field: string;
  message: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

// ---- auth ----

export interface WechatLoginRequest {
  code: string;
}
export interface PasswordLoginRequest {
  username: string;
  password: string;
}
export interface DevLoginRequest {
  role: Role;
  /** Log in as an existing user; otherwise a dev resident is created from `name`. */
  username?: string;
  name?: string;
  communityId?: number;
}
export interface CurrentUser {
  id: number;
  role: Role;
  displayName: string;
  communityId: number | null;
  gridId: number | null;
  departmentId: number | null;
}
/** A staff account as the people who manage staff see it (`GET /users`). */
export interface StaffAccount extends CurrentUser {
  username: string | null;
  title: string;
  /** Locked after too many wrong passwords: the community secretary (her staff) or the street admin unlocks it. */
  locked: boolean;
}
/** `GET /auth/dev`: whether the development login is on, so the browser build offers it without trying it. */
export interface DevLoginStatus {
  enabled: boolean;
}
export interface LoginResponse {
  token: string;
  expiresAt: IsoDateTime;
  user: CurrentUser;
}

// ---- organisation ----

export interface CommunitySummary {
  id: number;
  code: string;
  name: string;
  gridId: number | null;
  /** True for the placeholder names the seed script writes. */
  isSample: boolean;
}
export interface BuildingSummary {
  id: number;
  code: string;
  name: string;
  communityId: number;
}
export interface BuildingLanding {
  building: BuildingSummary;
  community: CommunitySummary;
}
export interface DepartmentSummary {
  id: number;
  name: string;
  kind: DepartmentKind;
}
export interface GridSummary {
  id: number;
  name: string;
  communityIds: number[];
}
export interface StaffContact {
  name: string;
  title: string;
  phone: string;
}
export interface WarmHeartCard {
  communityId: number;
  communityName: string;
  windowAddress: string;
  windowHours: string;
  hotline: string;
  staff: StaffContact[];
  serviceLines: ServiceLine[];
}
export interface UpdateWarmHeartCardRequest {
  windowAddress?: string;
  windowHours?: string;
  hotline?: string;
  staff?: StaffContact[];
}

// ---- appeals ----

export interface PersonRef {
  id: number;
  name: string;
  role: ActorRole;
}

export interface CreateAppealRequest {
  channel: Channel;
  content: string;
  category?: Category;
  communityId: number;
  buildingId?: number;
  /** Free text such as "3单元楼道"; never required. */
  locationText?: string;
  latitude?: number;
  longitude?: number;
  /** Optional contact phone; stored encrypted. */
  contactPhone?: string;
  /** Name of the caller when staff file on someone's behalf. */
  contactName?: string;
  attachmentIds?: number[];
  /** Filed by a liaison from her rounds before anyone complained (未诉即办). */
  proactive?: boolean;
  /** A 12345 transfer (channel city12345): the city's work-order number (工单编号), unique in the street. */
  workOrderNo?: string;
  /** When the city dispatched the work order to the street. */
  cityDispatchedAt?: IsoDateTime;
  /** The city's deadline: the appeal is due by the stricter of it and its tier's. */
  cityDueAt?: IsoDateTime;
}

export interface AppealSummary {
  id: number;
  code: string;
  status: AppealStatus;
  tier: Tier;
  category: Category;
  channel: Channel;
  level: Level;
  communityId: number;
  communityName: string;
  buildingId: number | null;
  buildingName: string | null;
  /**
   * The first words of the appeal. For a resident who only said "me too" it is a neutral line
   * (category and building), never the reporter's words.
   */
  summary: string;
  proactive: boolean;
  /** A 12345 transfer's work-order number (工单编号). */
  workOrderNo: string | null;
  receivedAt: IsoDateTime;
  dueAt: IsoDateTime;
  warnAt: IsoDateTime;
  /** When the deadline's requirement was met (first feedback, or resolution for emergencies). */
  respondedAt: IsoDateTime | null;
  /** Next public progress note due (complex tier only). */
  progressDueAt: IsoDateTime | null;
  /** Deadline passed without the requirement met, as of the server's clock. */
  overdue: boolean;
  handler: PersonRef | null;
  reopenCount: number;
  awaitingSecretaryReview: boolean;
  /** Flagged for supervision (督办): a breached deadline or a missed progress note. */
  supervised: boolean;
  /** The deadline that was breached (the real due time), if any in this cycle. */
  breachedAt: IsoDateTime | null;
  /** Residents who said "me too" (我也遇到了) instead of filing the same problem again. */
  supporters: number;
  /** The viewer (a resident) said "me too" on this appeal rather than filing it: she sees it in the reduced view. */
  supportedByMe: boolean;
}

/** A queue page, with the server's clock so countdowns do not depend on the phone's. */
export interface AppealPage extends Page<AppealSummary> {
  serverTime: IsoDateTime;
  /** Ask with `cursor` set to this for the next page; null on the last page. */
  nextCursor: string | null;
  /**
   * The count stops at `APPEAL_COUNT_LIMIT`: true when there are more than `total` (show "1000+"),
   * so counting never reads a community's whole history.
   */
  totalIsLowerBound: boolean;
}

/** Where an appeal list's count stops (see `AppealPage.totalIsLowerBound`). */
export const APPEAL_COUNT_LIMIT = 1000;

/**
 * A list answered as a plain array (whistles, pending dispatch orders) names its next page in this
 * response header, absent on the last page; ask again with `cursor` set to it. The array itself
 * stays what it always was, so older clients read the first page unchanged.
 */
export const NEXT_CURSOR_HEADER = 'Next-Cursor';

/** The orders of the pending dispatch orders: oldest request first, or overdue first and then by the appeal's deadline. */
export const PENDING_ORDER_SORTS = ['requested', 'overdue'] as const;
export type PendingOrderSort = (typeof PENDING_ORDER_SORTS)[number];

/** The command centre's pending dispatch orders, a page at a time: oldest request first unless `sort` says otherwise. */
export interface PendingDispatchOrdersQuery {
  /** `overdue`: the overdue ones first (most overdue first), then the others soonest due first. */
  sort?: PendingOrderSort;
  /** The page after the one whose `Next-Cursor` header this is (of the same `sort`). */
  cursor?: string;
}

export interface TriageInfo {
  proposedTier: Tier;
  proposedCategory: Category;
  reason: TriageReason;
  confirmedBy: PersonRef | null;
  confirmedAt: IsoDateTime | null;
}

export interface AttachmentInfo {
  id: number;
  url: string;
  mimeType: string;
  size: number;
  /** The timeline line the photo illustrates (the filing, a progress note, the resolution); null while not yet used. */
  eventId: number | null;
  /** Set while the photo has not passed WeChat's check: only its uploader sees it (and staff, one to review). */
  check?: Exclude<ContentCheckState, 'pass'>;
}

/** Timeline entries are actions, the filing, "me too" from other residents, and what the timers record on their own. */
export type TimelineEntryType =
  AppealAction | 'file' | 'support' | 'breach' | 'progressOverdue' | 'whistle' | 'formTaskForce' | 'taskForceNote' | 'meetingDecision';

/** A change of triage on accept or retriage: what changed, from and to (a tier change moves the deadline). */
export type TriageChangeData = {
  category?: { from: Category; to: Category };
  tier?: { from: Tier; to: Tier };
  dueAt?: { from: IsoDateTime; to: IsoDateTime };
};

/** What ended with the appeal when it reached a final status (merged into that line's data). */
export type AppealEndedData = {
  cancelledDispatchOrderId?: number;
  cancelledWhistles?: { id: number; subject: string }[];
};

/** A reopen at the street: its dispatch assignments, named lead first (区水务局（主办）). */
export type ReopenedData = { reopenedAssignments?: string[] };

type RatingData = { solved: boolean; satisfaction: Satisfaction; outcome: RateOutcome } & ReopenedData & AppealEndedData;

/**
 * The `data` of each kind of timeline line: what else the step changed or decided (the note says it
 * in words). Lines of the kinds whose data is `null` carry none; written by the server with this type.
 */
export type TimelineData = {
  /** `open311Client`: the client that filed it through the Open311 API (the line's actor is then the system). */
  file: { channel: Channel; tier: Tier; category: Category; triage: string; open311Client?: { id: number; name: string } };
  support: { supporters: number };
  accept: TriageChangeData | null;
  retriage: TriageChangeData | null;
  assign: { handlerId?: number; liaisonId?: number };
  addNote: null;
  /** `departments` and `communityParty` only for a joint feedback (职能科室与社区一起反馈). */
  feedback: { method: FeedbackMethod; final: boolean; residentOpinion: string | null; departments?: string[]; communityParty?: string | null };
  resolve: { handedTo: EmergencyService } | null;
  rate: RatingData;
  callback: RatingData & { calledAt: IsoDateTime };
  secretaryReview: { decision: 'close' | 'reopen' } & ReopenedData & AppealEndedData;
  /** The 7-day auto-close. */
  close: { autoCloseAt: IsoDateTime } & AppealEndedData;
  withdraw: AppealEndedData | null;
  reject: AppealEndedData | null;
  escalate: { dispatchOrderId: number; consultedWithId: number; toLevel: 'street' };
  dispatch: { lead: string; assisting: string[] };
  completeAssignment: null;
  breach: { dueAt: IsoDateTime; escalatedTo: 'street' | null; suggestTaskForce: boolean };
  progressOverdue: { progressDueAt: IsoDateTime };
  whistle: { whistleId: number; departments: string[]; reportInDueAt: IsoDateTime };
  formTaskForce: { taskForceId: number; name: string; lead: string; members: string[]; fromLevel: Level; toLevel: 'taskForce' };
  taskForceNote: { taskForceId: number; taskForceNoteId: number };
  /** A residents' meeting (议事会) decided on the appeal; the note quotes the decision. */
  meetingDecision: { meetingId: number; decisionId: number; adopted: boolean | null };
};

/** The data of a line of this type (every type has its shape in `TimelineData`). */
export type TimelineDataOf<T extends TimelineEntryType> = TimelineData[T];

/** The data of a timeline line, of whichever type (`timelineData` reads it as its type's). */
export type TimelineEntryData = TimelineDataOf<TimelineEntryType>;

export interface TimelineEntry {
  id: number;
  type: TimelineEntryType;
  actor: PersonRef | null;
  at: IsoDateTime;
  fromStatus: AppealStatus | null;
  toStatus: AppealStatus | null;
  note: string | null;
  visibility: NoteVisibility;
  /** In the shape of its `type` (`TimelineData`). */
  data: TimelineEntryData | null;
}

/** A line's data in the shape of the given type, or null when the line is of another type (or has none). */
export function timelineData<T extends TimelineEntryType>(
  entry: { type: TimelineEntryType; data: TimelineEntryData | null },
  type: T,
): TimelineDataOf<T> | null {
  return entry.type === type ? (entry.data as TimelineDataOf<T> | null) : null;
}

export interface FeedbackInfo {
  id: number;
  method: FeedbackMethod;
  /** Who recorded it. */
  by: PersonRef;
  content: string;
  residentOpinion: string | null;
  final: boolean;
  at: IsoDateTime;
  /**
   * Joint feedback (职能科室与社区一起反馈): the departments that took part. Empty when the community
   * fed back alone.
   */
  departments: { id: number; name: string }[];
  /** Staff only: WeChat's check of a liaison's words, when it has not passed. */
  contentCheck?: Exclude<ContentCheckState, 'pass'>;
  /** The community's person who took part, when a department recorded the feedback. */
  communityParty: PersonRef | null;
}

/** Who gave the rating: the resident in the app, or the caller on the phone (回访) recorded by staff. */
export const RATING_SOURCES = ['resident', 'callback'] as const;
export type RatingSource = (typeof RATING_SOURCES)[number];

export interface RatingInfo {
  solved: boolean;
  satisfaction: Satisfaction;
  comment: string | null;
  /** When the resident rated, or when staff called the caller back. */
  at: IsoDateTime;
  source: RatingSource;
  /** The staff member who made the callback (null for a resident's own rating). */
  recordedBy: PersonRef | null;
  /** Staff only: WeChat's check of the comment, when it has not passed. */
  commentCheck?: Exclude<ContentCheckState, 'pass'>;
}

export interface DispatchAssignmentInfo {
  departmentId: number;
  departmentName: string;
  role: DispatchRole;
  completedAt: IsoDateTime | null;
  note: string | null;
}

export interface DispatchOrderInfo {
  id: number;
  status: DispatchOrderStatus;
  reason: string;
  /** Null when the system escalated it on a breached deadline. */
  requestedBy: PersonRef | null;
  requestedAt: IsoDateTime;
  consultedWith: PersonRef | null;
  consultationNote: string;
  dispatchedBy: PersonRef | null;
  dispatchedAt: IsoDateTime | null;
  assignments: DispatchAssignmentInfo[];
}

export interface AppealDetail extends AppealSummary {
  /** The reporter's words; for a resident who only said "me too", the same neutral line as `summary`. */
  content: string;
  /** Null for a resident who only said "me too". */
  locationText: string | null;
  latitude: number | null;
  longitude: number | null;
  reporter: PersonRef | null;
  contactName: string | null;
  /** Masked (138****5678) except for the people handling the appeal. */
  contactPhone: string | null;
  firstResponder: PersonRef | null;
  assignedLiaison: PersonRef | null;
  triage: TriageInfo;
  /** A 12345 transfer: when the city dispatched it and the city's deadline (`dueAt` is the stricter of it and the tier's). */
  cityDispatchedAt: IsoDateTime | null;
  cityDueAt: IsoDateTime | null;
  handedTo: EmergencyService | null;
  attachments: AttachmentInfo[];
  timeline: TimelineEntry[];
  feedbacks: FeedbackInfo[];
  ratings: RatingInfo[];
  dispatchOrder: DispatchOrderInfo | null;
  /** Staff only: WeChat's check of the filer's words, when it has not passed. */
  contentCheck?: Exclude<ContentCheckState, 'pass'>;
  /** What the viewer may do now, from the shared transition table. */
  actions: AppealAction[];
}

/** An open appeal about the same problem in the same building, shown before filing (no personal data). */
export interface SimilarAppeal {
  id: number;
  code: string;
  category: Category;
  status: AppealStatus;
  /** The first words with personal data masked (phone and ID numbers, flat numbers, names): see `maskPersonalData`. */
  summary: string;
  receivedAt: IsoDateTime;
  supporters: number;
}

export interface SimilarAppealsQuery {
  buildingId: number;
  category: Category;
}

/**
 * "Me too" names what she is filing about: she can join only an appeal that `GET /appeals/similar`
 * offers for this building and category.
 */
export interface SupportAppealRequest {
  buildingId: number;
  category: Category;
}

/** A liaison's own record: what she reported on her rounds and the visits she made. */
export interface LiaisonRecord {
  reports: number;
  /** Reports found before anyone complained (未诉即办). */
  proactiveReports: number;
  visits: number;
  recentReports: AppealSummary[];
  recentVisits: { appealId: number; appealCode: string; method: FeedbackMethod; content: string; residentOpinion: string | null; at: IsoDateTime }[];
}

export interface AppealListQuery {
  /** Only open appeals (the default), or false for everything in scope. Ignored when `status` is given. */
  open?: boolean;
  status?: AppealStatus;
  tier?: Tier;
  level?: Level;
  communityId?: number;
  overdue?: boolean;
  /** `due`: soonest deadline first (staff queues, the default for staff); `recent`: newest first (the default for residents and liaisons). */
  sort?: 'due' | 'recent';
  /** Only appeals flagged for supervision (督办). */
  supervised?: boolean;
  /** For a liaison: the problems she reported, or the appeals she is asked to visit. */
  involvement?: 'reported' | 'assigned';
  /** The page after the one whose `nextCursor` this is (a list that grows is read this way, page by page). */
  cursor?: string;
  /** A page by number, for the first pages only: a deep page number costs as many rows as it skips. */
  page?: number;
  pageSize?: number;
}

// ---- appeal actions ----

export interface AcceptRequest {
  /** Confirm or change the triage proposal. */
  tier?: Tier;
  category?: Category;
  note?: string;
}
export interface RetriageRequest {
  tier?: Tier;
  category?: Category;
  note: string;
}
export interface AssignRequest {
  handlerId?: number;
  liaisonId?: number;
  note?: string;
}
export interface AddNoteRequest {
  content: string;
  visibility: NoteVisibility;
  attachmentIds?: number[];
}
export interface FeedbackRequest {
  method: FeedbackMethod;
  content: string;
  residentOpinion?: string;
  /**
   * Departments that gave the feedback together with the community (each dispatched, whistled or on
   * the task force for this appeal). A department recording it is included on its own.
   */
  departmentIds?: number[];
  /** Required when a department records it: the community's staff member or liaison who took part. */
  communityPartyId?: number;
}
export interface ResolveRequest {
  note: string;
  handedTo?: EmergencyService;
  attachmentIds?: number[];
}
export interface RateRequest {
  solved: boolean;
  satisfaction: Satisfaction;
  comment?: string;
}
/**
 * The callback (回访) for an appeal taken in by staff (window, hotline, 12345) whose caller has no
 * account: staff phone the caller and record her answer, which counts as her rating.
 */
export interface CallbackRequest {
  solved: boolean;
  satisfaction: Satisfaction;
  /** What the caller said. */
  comment?: string;
  /** When the call was made (default now); not in the future, not before the feedback. */
  calledAt?: IsoDateTime;
}
export interface SecretaryReviewRequest {
  decision: 'close' | 'reopen';
  note: string;
}
export interface WithdrawRequest {
  reason?: string;
}
export interface RejectRequest {
  reason: string;
}
export interface EscalateRequest {
  reason: string;
  /** The grid secretary the community consulted before escalating (docs/domain.md §6.2). */
  consultedWithId: number;
  consultationNote: string;
}
export interface DispatchRequest {
  leadDepartmentId: number;
  assistingDepartmentIds?: number[];
  note?: string;
}
export interface CompleteAssignmentRequest {
  note: string;
}

// ---- notifications (the in-app inbox) ----

export const NOTIFICATION_KINDS = [
  /** To the community's staff and secretary: a new appeal came in (not to whoever filed it). */
  'appealFiled',
  /** To the community's staff and secretary, its grid secretary and the command centre: a new emergency, 30 minutes to resolve. */
  'emergencyFiled',
  /** To the resident (and those who said "me too"): the community took the appeal in. */
  'appealAccepted',
  'deadlineWarning',
  'deadlineBreached',
  'streetDeadlineBreached',
  'progressReminder',
  'progressOverdue',
  /** To the resident (and those who said "me too"): a public progress note on her appeal. */
  'appealProgress',
  /** To the resident (and those who said "me too"): the result was fed back; please rate it. */
  'appealResult',
  /** To a department's staff: the community whistled it; report in by the deadline. */
  'whistled',
  /** To the community secretary and the command centre: a department missed its report-in deadline. */
  'whistleReportInMissed',
  /** To a department's staff: the command centre dispatched an appeal to it, as lead (主办) or assisting (协办) department. */
  'dispatched',
  /** To the community secretary and the appeal's handler: it was dispatched; send a cadre and a liaison to take part. */
  'dispatchParticipation',
  /** To the lead and assisting departments' staff: the appeal was reopened, their assignments are open again. */
  'appealReopened',
  /** To a whistled department's staff: the appeal ended, so the whistle was cancelled. */
  'whistleCancelled',
  /** To the community: the street wants its opinion on a project in its area. */
  'projectConsultation',
  /** To the community and the street's registrant: a project's opinion deadline passed without an opinion. */
  'projectOpinionOverdue',
  /** To the community secretary: a reward request awaits approval; to the street: one was approved. */
  'rewardRequest',
  /** To whoever may unlock it (the community secretary, the street admin): a staff account locked after wrong passwords. */
  'accountLocked',
  /** To the community's liaisons (or the one named): visit a building where the same problem keeps coming back. */
  'visitTask',
  /** To the community's staff and secretary: a resident applied to be a liaison or registered as a party member (双报到). */
  'volunteerApplication',
  /** To the applicant: her volunteer application was accepted or declined. */
  'volunteerDecision',
  /** To the residents who filed or said "me too" on an appeal: a residents' meeting (议事会) decided on it. */
  'meetingDecision',
  /** To those who signed up: the meeting was cancelled. */
  'meetingCancelled',
  /** To those who signed up: the meeting's time or place changed. */
  'meetingChanged',
  /** To the community's staff, and (if the poll says so) those who took part: a poll closed and its results are out. */
  'pollClosed',
  /** To those who took part (if the poll says so): the plan adopted after a poll (采纳方案). */
  'pollAdopted',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** What a notice is about, so that it opens it: each role's page for it is the mini-program's choice. */
export const NOTICE_SUBJECT_TYPES = [
  'appeal',
  'whistle',
  'project',
  'rewardRequest',
  'visitTask',
  'staffAccount',
  'volunteerApplication',
  'meeting',
  'poll',
] as const;
export type NoticeSubjectType = (typeof NOTICE_SUBJECT_TYPES)[number];
export interface NoticeSubject {
  type: NoticeSubjectType;
  id: number;
}

export interface InboxMessage {
  id: number;
  kind: NotificationKind;
  title: string;
  body: string;
  /** The appeal it concerns, if any (also when it is about a whistle raised on an appeal). */
  appealId: number | null;
  /** What it is about, the link it opens (null only for messages older than links). */
  subject: NoticeSubject | null;
  createdAt: IsoDateTime;
  readAt: IsoDateTime | null;
}

/**
 * The ledger export (`GET /ledger.xlsx`, 台账): the appeals received from `from` to `to` (calendar
 * dates in Beijing time, both included), of one community or, without `communityId`, the caller's scope.
 */
export interface LedgerQuery {
  communityId?: number;
  from: string;
  to: string;
}

/** The longest period one ledger export covers (a leap year), in days. */
export const LEDGER_MAX_DAYS = 366;
