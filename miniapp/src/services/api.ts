import type {
  MeasureSource,
  IssueOpen311ClientRequest,
  IssuedOpen311Client,
  Open311ClientInfo,
  PutWorkOrderMappingRequest,
  WorkOrderImportResult,
  WorkOrderMappingInfo,
  WorkOrderPreview,
  StaffAccount,
  SubscriptionAnswersRequest,
  SubscriptionTemplates,
  WechatBindingRequest,
  AppealCoordination,
  CompleteVisitTaskRequest,
  VisitTaskStatus,
  CloseWhistleRequest,
  CompleteWhistleRequest,
  CreateEvaluationPeriodRequest,
  CreateRewardRequest,
  CreateWhistleRequest,
  DepartmentRanking,
  DepartmentToScore,
  EvaluationPeriodInfo,
  FormTaskForceRequest,
  GiveOpinionRequest,
  LiaisonInfo,
  ManagementList,
  PendingDispatchOrdersQuery,
  MeetingRecord,
  ProjectInfo,
  ProjectListQuery,
  RegisterLiaisonRequest,
  RegisterProjectRequest,
  ReportInRequest,
  ReturnRewardRequest,
  ApproveRewardRequest,
  WaitingForMe,
  RewardRequestInfo,
  RewardStatus,
  ScoreDepartmentRequest,
  TaskForceInfo,
  TaskForceNoteRequest,
  TrainingRequest,
  UpdateLiaisonRequest,
  UpdateManagementListRequest,
  WhistleDetail,
  WhistleListQuery,
  WhistleProgressRequest,
  WhistleSummary,
  AcceptRequest,
  AddNoteRequest,
  AppealDetail,
  AppealListQuery,
  AppealPage,
  AppealSummary,
  AssignRequest,
  AttachmentInfo,
  CallbackRequest,
  BuildingLanding,
  BuildingSummary,
  CommunitySummary,
  CompleteAssignmentRequest,
  CreateAppealRequest,
  CurrentUser,
  DepartmentSummary,
  DevLoginRequest,
  DevLoginStatus,
  DispatchRequest,
  EscalateRequest,
  FeedbackRequest,
  GridSummary,
  InboxMessage,
  LiaisonRecord,
  LoginResponse,
  RateRequest,
  RejectRequest,
  ResolveRequest,
  RetriageRequest,
  Role,
  SecretaryReviewRequest,
  SimilarAppeal,
  SimilarAppealsQuery,
  SupportAppealRequest,
  WarmHeartCard,
  WithdrawRequest,
  CategoryGrowthInfo,
  CommunityOverview,
  CreateVisitTaskRequest,
  HotSpot,
  MeasureSettings,
  MeasuresQuery,
  ScopeMeasures,
  VisitTaskInfo,
} from '@lingjuli/shared';
import { clearSession, currentToken } from '@/state/session';
import { createHttp, type Http } from '@/services/http';
import { taroFileTransport, taroTransport } from '@/services/taro-transport';
import type { ChosenFile } from '@/platform/adapter';

export const API_BASE_URL = LINGJULI_API_BASE_URL;

/** The 12345 batch as the server reads it: the multipart `file`, with its own name (its type). */
const batchUpload = (file: ChosenFile) => ({ filePath: file.path, fileName: file.name, field: 'file', networkMessage: '文件上传失败，请检查网络后重试' });

export const http: Http = createHttp({
  baseUrl: API_BASE_URL,
  transport: taroTransport,
  fileTransport: taroFileTransport,
  getToken: currentToken,
  onUnauthorized: clearSession,
});

const action =
  <B>(name: string) =>
  (id: number, body: B) =>
    http.post<AppealDetail>(`/appeals/${id}/${name}`, { data: body });

/** Every endpoint the mini-program uses, typed with the shared contract. */
export const api = {
  auth: {
    wechat: (code: string) => http.post<LoginResponse>('/auth/wechat', { data: { code } }),
    password: (username: string, password: string) => http.post<LoginResponse>('/auth/password', { data: { username, password } }),
    dev: (body: DevLoginRequest) => http.post<LoginResponse>('/auth/dev', { data: body }),
    devStatus: () => http.get<DevLoginStatus>('/auth/dev'),
    me: () => http.get<CurrentUser>('/auth/me'),
    eraseMyData: () => http.delete<void>('/me'),
  },
  org: {
    communities: () => http.get<CommunitySummary[]>('/communities'),
    card: (communityId: number) => http.get<WarmHeartCard>(`/communities/${communityId}/card`),
    buildings: (communityId: number) => http.get<BuildingSummary[]>(`/communities/${communityId}/buildings`),
    landing: (buildingCode: string) => http.get<BuildingLanding>(`/buildings/by-code/${encodeURIComponent(buildingCode)}`),
    departments: () => http.get<DepartmentSummary[]>('/departments'),
    grids: () => http.get<GridSummary[]>('/grids'),
    users: (query: { role?: Role; communityId?: number } = {}) => http.get<CurrentUser[]>('/users', { query }),
  },
  accounts: {
    /** Accounts locked after wrong passwords, within her scope (the secretary: her community's staff; the street admin: all). */
    locked: () => http.get<StaffAccount[]>('/users', { query: { locked: true } }),
    unlock: (id: number) => http.post<StaffAccount>(`/users/${id}/unlock`),
  },
  appeals: {
    file: (body: CreateAppealRequest, idempotencyKey: string) =>
      http.post<AppealDetail>('/appeals', { data: body, headers: { 'Idempotency-Key': idempotencyKey } }),
    list: (query: AppealListQuery = {}) => http.get<AppealPage>('/appeals', { query: { ...query } }),
    /** The same list if it changed since `etag` (null while it has not): for a queue that refreshes itself. */
    listIfChanged: (query: AppealListQuery, etag: string | null) => http.getIfChanged<AppealPage>('/appeals', etag, { query: { ...query } }),
    get: (id: number) => http.get<AppealDetail>(`/appeals/${id}`),
    /** Oldest first, a page at a time; the next page's cursor comes in the `Next-Cursor` header. */
    pendingDispatchOrders: (query: PendingDispatchOrdersQuery = {}) => http.getList<AppealSummary>('/dispatch-orders/pending', { query: { ...query } }),
    /** The first page of pending orders unless it is as it was (for a list that keeps itself current). */
    pendingDispatchOrdersIfChanged: (query: PendingDispatchOrdersQuery, etag: string | null) =>
      http.getIfChanged<AppealSummary[]>('/dispatch-orders/pending', etag, { query: { ...query } }),
    similar: (query: SimilarAppealsQuery) => http.get<SimilarAppeal[]>('/appeals/similar', { query: { ...query } }),
    /** "Me too" names the building and category she is filing about (what `similar` was asked with). */
    support: (id: number, body: SupportAppealRequest) => http.post<AppealDetail>(`/appeals/${id}/support`, { data: body }),
    accept: action<AcceptRequest>('accept'),
    retriage: action<RetriageRequest>('retriage'),
    assign: action<AssignRequest>('assign'),
    addNote: action<AddNoteRequest>('notes'),
    feedback: action<FeedbackRequest>('feedback'),
    resolve: action<ResolveRequest>('resolve'),
    rate: action<RateRequest>('rating'),
    callback: action<CallbackRequest>('callback'),
    secretaryReview: action<SecretaryReviewRequest>('secretary-review'),
    withdraw: action<WithdrawRequest>('withdraw'),
    reject: action<RejectRequest>('reject'),
    escalate: action<EscalateRequest>('escalate'),
    dispatch: action<DispatchRequest>('dispatch'),
    completeAssignment: action<CompleteAssignmentRequest>('complete-assignment'),
  },
  liaison: {
    record: () => http.get<LiaisonRecord>('/me/record'),
  },
  /** Liaison visits to buildings where a problem repeats (未诉即办). */
  visitTasks: {
    list: (status?: VisitTaskStatus) => http.get<VisitTaskInfo[]>('/visit-tasks', { query: { status } }),
    /** 201: a new task; 200: the one already open for that building and category. */
    open: (body: CreateVisitTaskRequest) => http.postWithStatus<VisitTaskInfo>('/visit-tasks', { data: body }),
    done: (id: number, body: CompleteVisitTaskRequest) => http.post<VisitTaskInfo>(`/visit-tasks/${id}/done`, { data: body }),
  },
  // ---- the six powers ----
  whistles: {
    create: (body: CreateWhistleRequest) => http.post<WhistleDetail>('/whistles', { data: body }),
    /** Newest first, a page at a time; the next page's cursor comes in the `Next-Cursor` header. */
    list: (query: WhistleListQuery = {}) => http.getList<WhistleSummary>('/whistles', { query: { ...query } }),
    get: (id: number) => http.get<WhistleDetail>(`/whistles/${id}`),
    reportIn: (id: number, body: ReportInRequest = {}) => http.post<WhistleDetail>(`/whistles/${id}/report-in`, { data: body }),
    progress: (id: number, body: WhistleProgressRequest) => http.post<WhistleDetail>(`/whistles/${id}/progress`, { data: body }),
    complete: (id: number, body: CompleteWhistleRequest) => http.post<WhistleDetail>(`/whistles/${id}/complete`, { data: body }),
    close: (id: number, body: CloseWhistleRequest) => http.post<WhistleDetail>(`/whistles/${id}/close`, { data: body }),
  },
  coordination: (appealId: number) => http.get<AppealCoordination>(`/appeals/${appealId}/coordination`),
  taskForces: {
    form: (appealId: number, body: FormTaskForceRequest) => http.post<TaskForceInfo>(`/appeals/${appealId}/task-force`, { data: body }),
    addNote: (appealId: number, body: TaskForceNoteRequest) => http.post<TaskForceInfo>(`/appeals/${appealId}/task-force/notes`, { data: body }),
  },
  projects: {
    register: (body: RegisterProjectRequest) => http.post<ProjectInfo>('/projects', { data: body }),
    list: (query: ProjectListQuery = {}) => http.get<ProjectInfo[]>('/projects', { query: { ...query } }),
    get: (id: number) => http.get<ProjectInfo>(`/projects/${id}`),
    giveOpinion: (id: number, body: GiveOpinionRequest) => http.post<ProjectInfo>(`/projects/${id}/opinion`, { data: body }),
    start: (id: number) => http.post<ProjectInfo>(`/projects/${id}/start`),
  },
  evaluation: {
    periods: () => http.get<EvaluationPeriodInfo[]>('/evaluation/periods'),
    createPeriod: (body: CreateEvaluationPeriodRequest = {}) => http.post<EvaluationPeriodInfo>('/evaluation/periods', { data: body }),
    toScore: (periodId: number) => http.get<DepartmentToScore[]>(`/evaluation/periods/${periodId}/departments`),
    score: (periodId: number, body: ScoreDepartmentRequest) => http.put<DepartmentToScore>(`/evaluation/periods/${periodId}/scores`, { data: body }),
    ranking: (periodId: number) => http.get<DepartmentRanking>(`/evaluation/periods/${periodId}/ranking`),
    /** The CSV export (the server answers text/csv; fetch it with the session's token). */
    rankingCsvPath: (periodId: number) => `/api/evaluation/periods/${periodId}/ranking.csv`,
  },
  management: {
    get: (communityId: number) => http.get<ManagementList>(`/communities/${communityId}/management`),
    update: (communityId: number, body: UpdateManagementListRequest) => http.put<ManagementList>(`/communities/${communityId}/management`, { data: body }),
  },
  liaisons: {
    list: (communityId?: number) => http.get<LiaisonInfo[]>('/liaisons', { query: { communityId } }),
    get: (userId: number) => http.get<LiaisonInfo>(`/liaisons/${userId}`),
    register: (body: RegisterLiaisonRequest) => http.post<LiaisonInfo>('/liaisons', { data: body }),
    update: (userId: number, body: UpdateLiaisonRequest) => http.put<LiaisonInfo>(`/liaisons/${userId}`, { data: body }),
    addTraining: (userId: number, body: TrainingRequest) => http.post<LiaisonInfo>(`/liaisons/${userId}/trainings`, { data: body }),
  },
  /** What waits for the community secretary (her landing). */
  waiting: () => http.get<WaitingForMe>('/me/waiting'),
  rewards: {
    create: (body: CreateRewardRequest) => http.post<RewardRequestInfo>('/rewards', { data: body }),
    list: (query: { status?: RewardStatus } = {}) => http.get<RewardRequestInfo[]>('/rewards', { query: { ...query } }),
    get: (id: number) => http.get<RewardRequestInfo>(`/rewards/${id}`),
    recordMeeting: (id: number, body: MeetingRecord) => http.put<RewardRequestInfo>(`/rewards/${id}/meeting`, { data: body }),
    submit: (id: number) => http.post<RewardRequestInfo>(`/rewards/${id}/submit`),
    approve: (id: number, body: ApproveRewardRequest = {}) => http.post<RewardRequestInfo>(`/rewards/${id}/approve`, { data: body }),
    return: (id: number, body: ReturnRewardRequest) => http.post<RewardRequestInfo>(`/rewards/${id}/return`, { data: body }),
    acknowledge: (id: number) => http.post<RewardRequestInfo>(`/rewards/${id}/acknowledge`),
  },
  // ---- the measures (测度指标) ----
  measures: {
    /** A scope's figures for a month (the caller's own scope when `scope` is left out). */
    figures: (query: MeasuresQuery = {}) => http.get<ScopeMeasures>('/measures', { query: { ...query } }),
    overview: (month?: string, source?: MeasureSource) => http.get<CommunityOverview>('/measures/overview', { query: { month, source } }),
    hotSpots: (communityId?: number) => http.get<HotSpot[]>('/measures/hot-spots', { query: { communityId } }),
    growingCategories: (month?: string) => http.get<CategoryGrowthInfo[]>('/measures/growing-categories', { query: { month } }),
    settings: () => http.get<MeasureSettings>('/measures/settings'),
    updateSettings: (body: MeasureSettings) => http.put<MeasureSettings>('/measures/settings', { data: body }),
  },
  notifications: {
    list: (unread = false) => http.get<InboxMessage[]>('/notifications', { query: { unread } }),
    read: (id: number) => http.post<void>(`/notifications/${id}/read`),
  },
  /** WeChat subscription messages: the configured templates (no login needed), and what she agreed to. */
  wechat: {
    templates: () => http.get<SubscriptionTemplates>('/wechat/subscriptions'),
    recordAnswers: (body: SubscriptionAnswersRequest) => http.post<void>('/wechat/subscriptions', { data: body }),
    /** Staff (signed in by password) link the WeChat their messages go to, by a `wx.login` code. */
    bind: (body: WechatBindingRequest) => http.post<void>('/wechat/binding', { data: body }),
  },
  // ---- the systems around (docs/integration.md) ----
  /** 12345 work orders: the batch's column mapping, a preview and the import of a batch, the replies to upload back. */
  workOrders: {
    mapping: () => http.get<WorkOrderMappingInfo>('/work-orders/mapping'),
    saveMapping: (body: PutWorkOrderMappingRequest) => http.put<WorkOrderMappingInfo>('/work-orders/mapping', { data: body }),
    preview: (file: ChosenFile) => http.upload<WorkOrderPreview>('/work-orders/import/preview', batchUpload(file)),
    import: (file: ChosenFile) => http.upload<WorkOrderImportResult>('/work-orders/import', batchUpload(file)),
    /** Where the replies are downloaded from (`from`, `to`: Beijing dates, both included). */
    repliesPath: (format: 'xlsx' | 'csv') => `/work-orders/replies.${format}`,
  },
  /** The Open311 API's keys, kept by the street admin. */
  open311: {
    clients: () => http.get<Open311ClientInfo[]>('/open311/clients'),
    issue: (body: IssueOpen311ClientRequest) => http.post<IssuedOpen311Client>('/open311/clients', { data: body }),
    revoke: (id: number) => http.delete<Open311ClientInfo>(`/open311/clients/${id}`),
  },
  /** One photo from a local path (chooseImage/compressImage) → an attachment id to file with. */
  uploadPhoto: (filePath: string) => http.upload<AttachmentInfo>('/uploads', { filePath, field: 'file', networkMessage: '照片上传失败，请检查网络后重试' }),
};

/** Absolute URL of something the server serves (photos come with a path). */
export const serverUrl = (path: string) => (/^https?:/.test(path) ? path : `${API_BASE_URL}${path}`);
