import type { MeasureScopeKind } from '@lingjuli/shared';

/** Every page, by feature; main package = residents, subpackages = liaisons, community staff, the street, the powers, the measures. */
export const PAGES = {
  home: 'pages/home/index',
  file: 'pages/file/index',
  mine: 'pages/mine/index',
  appeal: 'pages/appeal/index',
  login: 'pages/login/index',
  inbox: 'pages/inbox/index',
} as const;

export const SUBPACKAGES = {
  liaison: { root: 'liaison', pages: ['report/index', 'tasks/index', 'visit/index', 'record/index', 'building-visit/index', 'survey/index', 'site/index'] },
  staff: { root: 'staff', pages: ['queue/index', 'appeal/index', 'intake/index', 'escalate/index', 'accounts/index', 'posters/index'] },
  street: { root: 'street', pages: ['orders/index', 'dispatch/index', 'department/index', 'appeal/index'] },
  // The six powers (六项权力): whistles, task forces, projects, evaluation, management, liaisons, rewards.
  powers: {
    root: 'powers',
    pages: [
      'hub/index',
      'whistles/index',
      'whistle/index',
      'whistle-new/index',
      'coordination/index',
      'task-force/index',
      'projects/index',
      'project/index',
      'project-new/index',
      'management/index',
      'evaluation/index',
      'ranking/index',
      'liaisons/index',
      'liaison/index',
      'rewards/index',
      'reward/index',
      'reward-new/index',
    ],
  },
  // The measures (测度指标): the communities' overview and a community's queue, one scope's figures with their chart, repeat problems, the settings.
  measures: { root: 'measures', pages: ['overview/index', 'queue/index', 'figures/index', 'hot-spots/index', 'settings/index'] },
  // The systems around the street (docs/integration.md): the 12345 batches, the Open311 keys.
  interop: { root: 'interop', pages: ['work-orders/index', 'open311/index'] },
  // The residents' deliberation hall (居民议事厅) as residents see it: their household, meetings and polls.
  hall: { root: 'hall', pages: ['index/index', 'household/index', 'meeting/index', 'poll/index', 'campaign/index', 'volunteer/index'] },
  // The hall as its keepers see it: the community's meetings, polls, households and surveys; the street's surveys.
  deliberation: {
    root: 'deliberation',
    pages: [
      'meetings/index',
      'meeting-edit/index',
      'meeting/index',
      'polls/index',
      'poll-edit/index',
      'poll/index',
      'households/index',
      'surveys/index',
      'survey-edit/index',
      'survey/index',
      'volunteers/index',
      'trainings/index',
      'campaigns/index',
      'campaign-edit/index',
      'campaign/index',
    ],
  },
} as const;

type Query = Record<string, string | number | undefined>;

function url(path: string, query: Query = {}): string {
  const q = Object.entries(query)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&');
  return `/${path}${q ? `?${q}` : ''}`;
}

/** URLs to navigate to, with their parameters. */
export const routes = {
  home: (query: { scene?: string; communityId?: number } = {}) => url(PAGES.home, query),
  file: (query: { communityId?: number; buildingId?: number } = {}) => url(PAGES.file, query),
  mine: () => url(PAGES.mine),
  appeal: (id: number) => url(PAGES.appeal, { id }),
  login: () => url(PAGES.login),
  inbox: () => url(PAGES.inbox),
  liaisonReport: () => url('liaison/report/index'),
  liaisonTasks: () => url('liaison/tasks/index'),
  liaisonVisit: (id: number) => url('liaison/visit/index', { id }),
  liaisonRecord: () => url('liaison/record/index'),
  /** Door-to-door survey answers (入户调查), kept on the phone until they are sent. */
  liaisonSurvey: (id?: number) => url('liaison/survey/index', { id }),
  /** Record a visit to a building where a problem repeats (a visit task). */
  liaisonBuildingVisit: (id: number) => url('liaison/building-visit/index', { id }),
  /** Report a site of a running street-wide campaign (专项整治) found on her rounds; without `campaignId` she picks the campaign. */
  liaisonSite: (campaignId?: number) => url('liaison/site/index', { campaignId }),
  staffQueue: () => url('staff/queue/index'),
  lockedAccounts: () => url('staff/accounts/index'),
  /** The community's stairwell posters, to print. */
  staffPosters: () => url('staff/posters/index'),
  staffAppeal: (id: number) => url('staff/appeal/index', { id }),
  staffIntake: () => url('staff/intake/index'),
  staffEscalate: (id: number) => url('staff/escalate/index', { id }),
  streetOrders: () => url('street/orders/index'),
  streetDispatch: (id: number) => url('street/dispatch/index', { id }),
  departmentQueue: () => url('street/department/index'),
  streetAppeal: (id: number) => url('street/appeal/index', { id }),
  /** The hub of the six powers for staff: what each role can do. */
  powersHub: () => url('powers/hub/index'),
  whistles: () => url('powers/whistles/index'),
  whistle: (id: number) => url('powers/whistle/index', { id }),
  whistleNew: (query: { appealId?: number } = {}) => url('powers/whistle-new/index', query),
  coordination: (appealId: number) => url('powers/coordination/index', { appealId }),
  taskForce: (appealId: number) => url('powers/task-force/index', { appealId }),
  projects: () => url('powers/projects/index'),
  project: (id: number) => url('powers/project/index', { id }),
  projectNew: () => url('powers/project-new/index'),
  management: (communityId?: number) => url('powers/management/index', { communityId }),
  /** Scoring the departments; `periodId` opens that period (else the one running now). */
  evaluation: (periodId?: number) => url('powers/evaluation/index', { periodId }),
  ranking: (periodId?: number) => url('powers/ranking/index', { periodId }),
  liaisons: () => url('powers/liaisons/index'),
  liaison: (userId: number) => url('powers/liaison/index', { userId }),
  rewards: () => url('powers/rewards/index'),
  reward: (id: number) => url('powers/reward/index', { id }),
  rewardNew: (query: { liaisonUserId?: number } = {}) => url('powers/reward-new/index', query),
  /** 社区总览: the communities ranked for a month (default: the last full month). */
  measuresOverview: (month?: string) => url('measures/overview/index', { month }),
  /** One community's appeals, opened from the overview. */
  communityQueue: (communityId: number, month?: string) => url('measures/queue/index', { communityId, month }),
  /** 指标 of one scope (default: the caller's own) for a month. */
  measures: (query: { scope?: MeasureScopeKind; id?: number; month?: string } = {}) => url('measures/figures/index', query),
  hotSpots: () => url('measures/hot-spots/index'),
  measureSettings: () => url('measures/settings/index'),
  /** 12345工单: import the city's batch, export the replies, map its columns. */
  workOrders: () => url('interop/work-orders/index'),
  /** 开放接口: the Open311 keys. */
  open311Clients: () => url('interop/open311/index'),
  /** 社区议事厅: her household, the community's meetings and polls. */
  hall: (query: { communityId?: number } = {}) => url('hall/index/index', query),
  household: () => url('hall/household/index'),
  /** A meeting; `code` is the door's check-in code when she arrives by scanning it. */
  meeting: (id: number, query: { code?: string } = {}) => url('hall/meeting/index', { id, ...query }),
  poll: (id: number) => url('hall/poll/index', { id }),
  /** 志愿服务: apply to be a liaison or register as a party member (双报到), her application's state, her courses. */
  hallVolunteer: (id?: number) => url('hall/volunteer/index', { id }),
  /** A street-wide campaign's public result (no login needed). */
  hallCampaign: (id: number) => url('hall/campaign/index', { id }),
  /** The community's meetings, as staff keep them. */
  meetings: () => url('deliberation/meetings/index'),
  meetingEdit: (id?: number) => url('deliberation/meeting-edit/index', { id }),
  meetingManage: (id: number) => url('deliberation/meeting/index', { id }),
  polls: () => url('deliberation/polls/index'),
  pollEdit: (id?: number) => url('deliberation/poll-edit/index', { id }),
  pollManage: (id: number) => url('deliberation/poll/index', { id }),
  households: () => url('deliberation/households/index'),
  surveys: () => url('deliberation/surveys/index'),
  surveyEdit: () => url('deliberation/survey-edit/index'),
  survey: (id: number) => url('deliberation/survey/index', { id }),
  /** 志愿者队伍: the applications to review (`id`: the one a notice opened), the team's counts and age mix. */
  volunteers: (id?: number) => url('deliberation/volunteers/index', { id }),
  /** 志愿者培训: the courses, their sign-ups and attendance. */
  trainings: () => url('deliberation/trainings/index'),
  /** 专项整治: the street's campaigns across the communities, with their progress. */
  campaigns: () => url('deliberation/campaigns/index'),
  campaignEdit: () => url('deliberation/campaign-edit/index'),
  campaign: (id: number) => url('deliberation/campaign/index', { id }),
};
