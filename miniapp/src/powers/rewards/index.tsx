import { Text, View } from '@tarojs/components';
import { PERMISSIONS, hasPermission } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { Screen } from '@/components/Screen';
import { Empty, ErrorBox, Loading } from '@/components/States';
import { RewardItem } from '@/components/powers/RewardItem';
import { useRewardList } from '@/hooks/powers/useRewardList';
import { useRoleSession } from '@/hooks/useRoleSession';
import { routes } from '@/routes';
import { openPage } from '@/utils/navigation';
import './index.scss';

const ROLES = PERMISSIONS['reward.read'];

const INTRO: Record<(typeof ROLES)[number], string> = {
  communityStaff: '为民情专员申请奖励：一事一议或综合考评，经社区党组织会议研究后提交书记审批。',
  communitySecretary: '社区党组织会议研究通过的奖励申请，由您审批；批准后报街道。',
  streetAdmin: '各社区书记批准的专员奖励，请街道确认。',
};

/** 专员奖励申请 (自主支配权): the requests the role sees, grouped by status, what waits for her first. */
export default function PowersRewards() {
  const session = useRoleSession(ROLES);
  const { list, groups, waiting } = useRewardList(session?.user.role ?? null);
  if (!session)
    return (
      <Screen>
        <Loading />
      </Screen>
    );
  const role = session.user.role as (typeof ROLES)[number];
  const canPropose = hasPermission(role, 'reward.propose');

  return (
    <Screen className='rewards'>
      <Text className='title'>专员奖励申请</Text>
      <Text className='muted'>{INTRO[role]}</Text>

      {canPropose && (
        <BigButton id='reward-new' onClick={() => openPage(routes.rewardNew())}>
          ＋ 申请奖励
        </BigButton>
      )}
      <View className='spacer' />

      {list.loading && !list.data && <Loading />}
      {list.error && <ErrorBox error={list.error} onRetry={() => void list.reload()} />}
      {!list.loading && !list.error && groups.length === 0 && <Empty text='暂无奖励申请' />}
      {groups.length > 0 && waiting === 0 && role !== 'communityStaff' && <Text className='rewards__none-waiting'>目前没有待您处理的申请</Text>}

      {groups.map((g) => (
        <View key={g.status} id={`rewards-${g.status}`} className={`rewards__group ${g.waiting ? 'rewards__group--waiting' : ''}`}>
          <View className='rewards__heading'>
            <Text className='rewards__heading-text'>{g.heading}</Text>
            <Text className='rewards__heading-count'>{g.items.length}</Text>
          </View>
          {g.items.map((r) => (
            <RewardItem key={r.id} info={r} showCommunity={role === 'streetAdmin'} onOpen={(id) => openPage(routes.reward(id))} />
          ))}
        </View>
      ))}

      {canPropose && (
        <BigButton id='rewards-liaisons' kind='plain' onClick={() => openPage(routes.liaisons())}>
          民情专员名册
        </BigButton>
      )}
    </Screen>
  );
}
