import { hasPermission, type Permission, type Role } from '@lingjuli/shared';
import { routes } from '@/routes';
import { DESK_ROLES } from '@/utils/desk/layout';
import { CAMPAIGN_STAFF_ROLES } from '@/utils/campaigns/roles';
import { MEETING_STAFF_ROLES } from '@/utils/hall/roles';
import { VOLUNTEER_STAFF_ROLES } from '@/utils/volunteers/roles';

/** One page in the desk's side navigation. */
export interface DeskNavEntry {
  /** Stable handle: the link's id is `desk-nav-<key>`. */
  key: string;
  label: string;
  /** Where the link goes. */
  url: string;
  /** The pages shown as this entry (its own first): a detail page belongs to the list it is opened from. */
  pages: readonly string[];
  /** Who sees it: the roles with this permission (the server's rule for the page's data), or these roles. */
  who: Permission | readonly Role[];
  /** Shown indented under the entry with this key. */
  under?: string;
}

const STREET: readonly Role[] = ['commandCenter', 'streetAdmin'];
const SECRETARIES: readonly Role[] = ['communitySecretary', 'gridSecretary'];

/**
 * The desk's navigation, one line per page, in the order shown; each role sees the lines it may use.
 * A new desk page is one more line here.
 */
export const DESK_NAV: readonly DeskNavEntry[] = [
  { key: 'orders', label: '待派批办单', url: routes.streetOrders(), pages: ['street/orders/index', 'street/dispatch/index'], who: 'dispatchOrder.list' },
  { key: 'in-progress', label: '街道在办诉求', url: routes.departmentQueue(), pages: ['street/department/index', 'street/appeal/index'], who: STREET },
  {
    key: 'queue',
    label: '诉求办理',
    url: routes.staffQueue(),
    pages: ['staff/queue/index', 'staff/appeal/index', 'staff/intake/index', 'staff/escalate/index'],
    who: SECRETARIES,
  },
  {
    key: 'powers',
    label: '六项权力',
    url: routes.powersHub(),
    pages: ['powers/hub/index', 'powers/coordination/index', 'powers/task-force/index'],
    who: DESK_ROLES,
  },
  {
    key: 'whistles',
    label: '吹哨报到',
    url: routes.whistles(),
    pages: ['powers/whistles/index', 'powers/whistle/index', 'powers/whistle-new/index'],
    who: 'whistle.read',
    under: 'powers',
  },
  {
    key: 'projects',
    label: '项目征求意见',
    url: routes.projects(),
    pages: ['powers/projects/index', 'powers/project/index', 'powers/project-new/index'],
    who: 'project.read',
    under: 'powers',
  },
  { key: 'evaluation', label: '科室考评', url: routes.evaluation(), pages: ['powers/evaluation/index'], who: 'evaluation.score', under: 'powers' },
  { key: 'ranking', label: '科室排名', url: routes.ranking(), pages: ['powers/ranking/index'], who: 'evaluation.ranking', under: 'powers' },
  { key: 'management', label: '管理权限清单', url: routes.management(), pages: ['powers/management/index'], who: 'management.read', under: 'powers' },
  {
    key: 'liaisons',
    label: '民情专员',
    url: routes.liaisons(),
    pages: ['powers/liaisons/index', 'powers/liaison/index'],
    who: 'liaison.registry',
    under: 'powers',
  },
  {
    key: 'rewards',
    label: '专员奖励',
    url: routes.rewards(),
    pages: ['powers/rewards/index', 'powers/reward/index', 'powers/reward-new/index'],
    who: 'reward.read',
    under: 'powers',
  },
  {
    key: 'meetings',
    label: '议事会',
    url: routes.meetings(),
    pages: ['deliberation/meetings/index', 'deliberation/meeting/index', 'deliberation/meeting-edit/index'],
    who: MEETING_STAFF_ROLES,
  },
  {
    key: 'polls',
    label: '征求意见',
    url: routes.polls(),
    pages: ['deliberation/polls/index', 'deliberation/poll/index', 'deliberation/poll-edit/index'],
    who: 'poll.results',
  },
  { key: 'households', label: '住址核实', url: routes.households(), pages: ['deliberation/households/index'], who: 'household.review' },
  {
    key: 'surveys',
    label: '入户调查',
    url: routes.surveys(),
    pages: ['deliberation/surveys/index', 'deliberation/survey/index', 'deliberation/survey-edit/index'],
    who: 'survey.results',
  },
  {
    key: 'volunteers',
    label: '志愿者',
    url: routes.volunteers(),
    pages: ['deliberation/volunteers/index', 'deliberation/trainings/index'],
    who: VOLUNTEER_STAFF_ROLES,
  },
  {
    key: 'campaigns',
    label: '专项整治',
    url: routes.campaigns(),
    pages: ['deliberation/campaigns/index', 'deliberation/campaign/index', 'deliberation/campaign-edit/index'],
    who: CAMPAIGN_STAFF_ROLES,
  },
  { key: 'overview', label: '社区总览', url: routes.measuresOverview(), pages: ['measures/overview/index', 'measures/queue/index'], who: 'measures.overview' },
  { key: 'measures', label: '指标', url: routes.measures(), pages: ['measures/figures/index'], who: 'measures.read' },
  { key: 'hot-spots', label: '重复诉求', url: routes.hotSpots(), pages: ['measures/hot-spots/index'], who: 'measures.read' },
  { key: 'measure-settings', label: '测度设置', url: routes.measureSettings(), pages: ['measures/settings/index'], who: 'measures.configure' },
  { key: 'work-orders', label: '12345工单', url: routes.workOrders(), pages: ['interop/work-orders/index'], who: 'workOrder.read' },
  { key: 'open311', label: '开放接口', url: routes.open311Clients(), pages: ['interop/open311/index'], who: 'open311.manage' },
  { key: 'inbox', label: '消息', url: routes.inbox(), pages: ['pages/inbox/index'], who: DESK_ROLES },
];

const allows = (who: DeskNavEntry['who'], role: Role) => (typeof who === 'string' ? hasPermission(role, who) : who.includes(role));

/** The entries a role sees, in order (an indented one only with the entry it sits under). */
export function deskNavFor(role: Role, entries: readonly DeskNavEntry[] = DESK_NAV): DeskNavEntry[] {
  const shown = entries.filter((e) => allows(e.who, role));
  const keys = new Set(shown.map((e) => e.key));
  return shown.filter((e) => !e.under || keys.has(e.under));
}

/** A page's path as the registry names it: `/street/orders/index?x=1` → `street/orders/index`. */
export function pagePath(path: string): string {
  return path
    .replace(/^\/+/, '')
    .split('?')[0]
    .replace(/\.html$/, '');
}

/** The entry a page is shown as, if it is a desk page. */
export function deskEntryOf(path: string, entries: readonly DeskNavEntry[] = DESK_NAV): DeskNavEntry | null {
  const page = pagePath(path);
  return entries.find((e) => e.pages.includes(page)) ?? null;
}
