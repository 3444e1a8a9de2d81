import { Text, View } from '@tarojs/components';
import { ROLE_LABELS, STAFF_ROLES, hasPermission, type Permission } from '@lingjuli/shared';
import { Card } from '@/components/Card';
import { Screen } from '@/components/Screen';
import { useRoleSession } from '@/hooks/useRoleSession';
import { routes } from '@/routes';
import { openPage } from '@/utils/navigation';

interface Entry {
  id: string;
  title: string;
  note: string;
  url: string;
  /** Shown to the roles the server lets read (or, for scoring, do) it. */
  permission: Permission;
}

/** The six powers (六项权力), and what each role can do with them; then the measures she may read. */
const ENTRIES: Entry[] = [
  { id: 'hub-whistles', title: '吹哨报到', note: '社区吹哨，科室报到、办理；社区评价', url: routes.whistles(), permission: 'whistle.read' },
  { id: 'hub-projects', title: '街道项目征求意见', note: '建议权：项目开工前须征求社区意见', url: routes.projects(), permission: 'project.read' },
  { id: 'hub-evaluation', title: '科室考评', note: '考评权：社区按季度为科室打分', url: routes.evaluation(), permission: 'evaluation.score' },
  { id: 'hub-ranking', title: '科室排名', note: '考评分、报到率、办结率、满意率综合排名', url: routes.ranking(), permission: 'evaluation.ranking' },
  { id: 'hub-management', title: '管理权限清单', note: '管理权：社区的权限与可统筹资源', url: routes.management(), permission: 'management.read' },
  { id: 'hub-liaisons', title: '民情专员', note: '专员名册、上报与回访统计、培训记录', url: routes.liaisons(), permission: 'liaison.registry' },
  { id: 'hub-rewards', title: '专员奖励申请', note: '自主支配权：党组织会议通过，书记审批，报街道', url: routes.rewards(), permission: 'reward.read' },
];

/** The residents' deliberation hall (居民议事厅): what the community runs with its residents. */
const HALL_ENTRIES: Entry[] = [
  { id: 'hub-meetings', title: '议事会', note: '召开居民议事会、记录签到、发布纪要和决议', url: routes.meetings(), permission: 'meeting.read' },
  { id: 'hub-polls', title: '征求意见', note: '发起问卷投票（每户一票或每人一票），查看结果，记录采纳方案', url: routes.polls(), permission: 'poll.read' },
  { id: 'hub-households', title: '住址核实', note: '核实居民登记的住址，搬家或登记错的重置', url: routes.households(), permission: 'household.review' },
  { id: 'hub-surveys', title: '入户调查', note: '上门入户调查的进度、满意率与误差，下载结果', url: routes.surveys(), permission: 'survey.results' },
  {
    id: 'hub-volunteers',
    title: '志愿者队伍',
    note: '审核民情专员和双报到申请，看队伍的年龄结构，安排培训',
    url: routes.volunteers(),
    permission: 'volunteer.team',
  },
  {
    id: 'hub-campaigns',
    title: '专项整治',
    note: '街道统筹各社区和单位集中整治（如清理私装地锁），看各社区进度，上报和整治点位',
    url: routes.campaigns(),
    permission: 'campaign.read',
  },
];

/** The measures (测度指标): how well the appeals are handled, where problems repeat. */
const MEASURE_ENTRIES: Entry[] = [
  { id: 'hub-overview', title: '社区总览', note: '各社区响应率、解决率、满意率与综合排名', url: routes.measuresOverview(), permission: 'measures.overview' },
  { id: 'hub-measures', title: '指标', note: '三率与综合得分、分级时效、办结层级、未诉即办', url: routes.measures(), permission: 'measures.read' },
  { id: 'hub-hot-spots', title: '重复诉求', note: '同一楼栋反复出现的问题，派民情专员走访', url: routes.hotSpots(), permission: 'measures.read' },
  { id: 'hub-measure-settings', title: '测度设置', note: '基本满意折算与三率权重', url: routes.measureSettings(), permission: 'measures.configure' },
];

function Entries({ entries }: { entries: readonly Entry[] }) {
  return (
    <>
      {entries.map((entry) => (
        <View key={entry.id} id={entry.id} onClick={() => openPage(entry.url)}>
          <Card title={entry.title}>
            <Text className='muted'>{entry.note}</Text>
          </Card>
        </View>
      ))}
    </>
  );
}

export default function PowersHub() {
  const session = useRoleSession(STAFF_ROLES);
  if (!session) return null;
  const mine = ENTRIES.filter((e) => hasPermission(session.user.role, e.permission));
  const hall = HALL_ENTRIES.filter((e) => hasPermission(session.user.role, e.permission));
  const measures = MEASURE_ENTRIES.filter((e) => hasPermission(session.user.role, e.permission));
  return (
    <Screen>
      <Text className='title'>六项权力</Text>
      <Text className='muted'>
        {ROLE_LABELS[session.user.role]} · {session.user.displayName}
      </Text>
      <View className='spacer' />
      <Entries entries={mine} />
      {hall.length > 0 && (
        <>
          <Text className='subtitle'>居民议事厅</Text>
          <Entries entries={hall} />
        </>
      )}
      {measures.length > 0 && (
        <>
          <Text className='subtitle'>测度指标</Text>
          <Entries entries={measures} />
        </>
      )}
    </Screen>
  );
}
