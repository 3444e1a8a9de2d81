import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { BigButton } from '@/components/BigButton';
import { Screen } from '@/components/Screen';
import { ErrorBox, Loading } from '@/components/States';
import { LoadMore } from '@/components/LoadMore';
import { TaskCard } from '@/components/liaison/TaskCard';
import { WechatAlertsBar } from '@/components/WechatAlertsBar';
import { LIAISON_ROLES, useRoleSession } from '@/hooks/useRoleSession';
import { useLiaisonTasks } from '@/hooks/liaison/useLiaisonTasks';
import { useBuildingVisits } from '@/hooks/liaison/useBuildingVisits';
import { useRunningCampaigns } from '@/hooks/campaigns/useRunningCampaigns';
import { visitTaskTitle } from '@/utils/liaison/building-visit';
import { routes } from '@/routes';
import { countLabel } from '@/utils/paging';
import { confirmLogout, goToCommunity } from '@/liaison/leave';
import './index.scss';
import '@/components/campaigns/campaigns.scss';

const go = (url: string) => void Taro.navigateTo({ url });

/** The liaison's first page: report, her record, and her tasks — visits to make, street matters to accompany. */
export default function LiaisonTasks() {
  const session = useRoleSession(LIAISON_ROLES);
  const t = useLiaisonTasks(!!session);
  const buildings = useBuildingVisits(!!session);
  const campaigns = useRunningCampaigns(!!session);

  return (
    <Screen className='liaison'>
      <Text className='liaison__hello'>{session ? `${session.user.displayName}，您好` : '您好'}</Text>
      <WechatAlertsBar session={session} />
      <View className='liaison-tasks__actions'>
        <BigButton id='go-report' onClick={() => go(routes.liaisonReport())}>
          上报问题
        </BigButton>
        <BigButton id='go-record' kind='secondary' onClick={() => go(routes.liaisonRecord())}>
          我的记录
        </BigButton>
        <BigButton id='go-survey' kind='secondary' onClick={() => go(routes.liaisonSurvey())}>
          入户调查
        </BigButton>
      </View>

      {campaigns.length > 0 && (
        <View id='liaison-campaigns'>
          <Text className='liaison__section'>专项整治进行中</Text>
          {campaigns.map((c) => (
            <View key={c.id} className='card task-item task-item--campaign' id={`liaison-campaign-${c.id}`} onClick={() => go(routes.liaisonSite(c.id))}>
              <Text className='task-item__what task-item__what--campaign'>{c.title}</Text>
              <Text className='task-item__summary'>{`巡查时发现${c.siteKind}，请上报点位`}</Text>
              <Text className='task-item__go'>去上报 ›</Text>
            </View>
          ))}
        </View>
      )}

      {t.loading && <Loading />}
      {t.error && <ErrorBox error={t.error} onRetry={() => void t.reload()} />}

      {(buildings.data ?? []).length > 0 && (
        <View>
          <Text className='liaison__section'>请去走访的楼栋（{buildings.data!.length}）</Text>
          {buildings.data!.map((task) => (
            <View
              key={task.id}
              className='card task-item task-item--building'
              id={`building-visit-${task.id}`}
              onClick={() => go(routes.liaisonBuildingVisit(task.id))}
            >
              <Text className='task-item__what task-item__what--building'>去走访：{visitTaskTitle(task)}</Text>
              <Text className='task-item__summary'>{task.reason}</Text>
              <Text className='task-item__go'>去记录 ›</Text>
            </View>
          ))}
        </View>
      )}

      {!t.loading && !t.error && (
        <View>
          <Text className='liaison__section'>要回访的居民（{countLabel(t.visits.length, t.moreVisits)}）</Text>
          {t.visits.length === 0 && !t.moreVisits && <Text className='liaison__empty'>暂时没有</Text>}
          {t.visits.map(({ appeal, kind }) => (
            <TaskCard key={appeal.id} appeal={appeal} kind={kind} onClick={() => go(routes.liaisonVisit(appeal.id))}>
              <Text className={`task-item__what task-item__what--${kind}`}>{kind === 'result' ? '告诉居民办理结果' : '告诉居民办理进展'}</Text>
            </TaskCard>
          ))}

          <Text className='liaison__section'>街道在办，请陪同（{countLabel(t.accompany.length, t.moreAccompany)}）</Text>
          {t.accompany.length === 0 && !t.moreAccompany && <Text className='liaison__empty'>暂时没有</Text>}
          {t.accompany.map((appeal) => (
            <TaskCard key={appeal.id} appeal={appeal} kind='accompany' onClick={() => go(routes.liaisonVisit(appeal.id))}>
              <Text className='task-item__what task-item__what--accompany'>和社区干部一起参与</Text>
            </TaskCard>
          ))}

          {t.hasMore && (
            <LoadMore id='liaison-tasks-more' loading={t.loadingMore} error={t.moreError} onLoad={() => void t.loadMore()} label='还有更早的诉求，加载更多' />
          )}
        </View>
      )}

      <View className='liaison-leave'>
        <BigButton id='liaison-community' kind='plain' onClick={goToCommunity}>
          社区首页（电话、大字模式）
        </BigButton>
        <BigButton id='liaison-logout' kind='secondary' onClick={() => void confirmLogout()}>
          退出登录
        </BigButton>
      </View>
    </Screen>
  );
}
