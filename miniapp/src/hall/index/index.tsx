import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { BigButton } from '@/components/BigButton';
import { Card } from '@/components/Card';
import { Screen } from '@/components/Screen';
import { ErrorBox, Loading } from '@/components/States';
import { Tag } from '@/components/Tags';
import { HouseholdCard } from '@/components/hall/HouseholdCard';
import { HALL_SECTIONS } from '@/components/hall/sections';
import { useHall } from '@/hooks/hall/useHall';
import { routes } from '@/routes';
import { householdStatus } from '@/utils/hall/household';
import { openPage } from '@/utils/navigation';
import '@/components/hall/hall.scss';

/**
 * 社区议事厅: the residents' deliberation hall. Until she has stated her household, one card asking for
 * it (and why) comes first; then the sections (components/hall/sections.ts): meetings to come and their
 * results, polls, campaigns, volunteering.
 */
export default function HallIndex() {
  const { params } = useRouter();
  const hall = useHall(Number(params.communityId) || undefined);

  return (
    <Screen className='hall'>
      <Text className='title'>社区议事厅</Text>
      {hall.communityName && <Text className='subtitle'>{hall.communityName}</Text>}
      <Text className='hall-intro'>大家的事大家商量：参加议事会、对社区的方案投票，结果都在这里公布。</Text>

      {hall.loading && <Loading />}
      {hall.error && <ErrorBox error={hall.error} onRetry={() => void hall.reload()} />}

      {hall.staff && (
        <Card>
          <Text className='muted'>这里是居民参加议事的页面。您现在以工作人员身份登录，请到工作台管理议事会。</Text>
          <BigButton id='hall-staff-meetings' kind='secondary' onClick={() => openPage(routes.meetings())}>
            管理议事会
          </BigButton>
        </Card>
      )}

      {hall.ready && !hall.household && <HouseholdCard onStart={() => openPage(routes.household())} />}
      {hall.ready && hall.household && (
        <View id='hall-household' className='hall-mine' onClick={() => openPage(routes.household())}>
          <Text>{`我的住址：${hall.household.label}`}</Text>
          <Tag tone={householdStatus(hall.household).tone}>{householdStatus(hall.household).label}</Tag>
        </View>
      )}

      {hall.ready && HALL_SECTIONS.map(({ key, Component }) => <Component key={key} hall={hall.context} />)}
    </Screen>
  );
}
