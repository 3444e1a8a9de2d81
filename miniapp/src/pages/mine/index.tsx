import { ROLE_LABELS } from '@lingjuli/shared';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { BigButton } from '@/components/BigButton';
import { AppealListItem } from '@/components/resident/AppealListItem';
import { EraseDataPanel } from '@/components/resident/EraseDataPanel';
import { Screen } from '@/components/Screen';
import { ErrorBox, Loading } from '@/components/States';
import { LoadMore } from '@/components/LoadMore';
import { useEraseMyData } from '@/hooks/resident/useEraseMyData';
import { useMyAppeals } from '@/hooks/resident/useMyAppeals';
import { routes } from '@/routes';
import { usePlace } from '@/state/place';
import { countLabel } from '@/utils/paging';
import './index.scss';

/**
 * 我的诉求 (a tab): her appeals, newest first, each with its status and the time left in words; at the
 * foot, erasing her data.
 */
export default function MyAppeals() {
  const mine = useMyAppeals();
  const erase = useEraseMyData();
  const place = usePlace();
  const fileOne = () => void Taro.navigateTo({ url: routes.file({ communityId: place?.community.id, buildingId: place?.building?.id }) });
  const open = (id: number) => void Taro.navigateTo({ url: routes.appeal(id) });

  return (
    <Screen className='mine-page'>
      <View className='mine-page__head'>
        <Text className='title'>我的诉求</Text>
        <View id='open-inbox' className='mine-page__inbox' onClick={() => void Taro.navigateTo({ url: routes.inbox() })}>
          <Text>消息</Text>
          {mine.unreadCount > 0 && <Text className='mine-page__badge'>{mine.unreadCount}</Text>}
        </View>
      </View>
      {mine.staffRole && (
        <View className='notice notice--warning'>
          <Text>您现在以「{ROLE_LABELS[mine.staffRole]}」身份登录，这里显示的是工作范围内的诉求。</Text>
        </View>
      )}

      {mine.loading && !mine.appeals && <Loading />}
      {mine.error && <ErrorBox error={mine.error} onRetry={() => void mine.reload()} />}

      {mine.appeals && mine.appeals.length === 0 && (
        <View className='mine-page__empty' id='mine-empty'>
          <Text className='mine-page__empty-title'>您还没有反映过问题</Text>
          <Text className='muted'>楼道灯坏了、漏水、停暖、噪音……都可以在这里反映，社区会按时办理并告诉您结果。</Text>
          <BigButton id='file-first-appeal' onClick={fileOne}>
            我要反映问题
          </BigButton>
        </View>
      )}

      {mine.appeals && mine.appeals.length > 0 && (
        <View id='my-appeal-list'>
          <Text className='muted mine-page__hint'>共{countLabel(mine.total, mine.totalIsLowerBound)}件，点一件查看进度。下拉可以刷新。</Text>
          {mine.appeals.map((a) => (
            <AppealListItem key={a.id} appeal={a} onOpen={open} asStaff={Boolean(mine.staffRole)} />
          ))}
          {mine.hasMore && (
            <LoadMore
              id='mine-more'
              loading={mine.loadingMore}
              error={mine.moreError}
              onLoad={() => void mine.loadMore()}
              label={`查看更早的诉求（已显示 ${mine.appeals.length} / ${countLabel(mine.total, mine.totalIsLowerBound)}）`}
            />
          )}
          <BigButton kind='secondary' onClick={fileOne}>
            再反映一个问题
          </BigButton>
        </View>
      )}

      {erase.available && (
        <View className='mine-page__data'>
          <Text className='subtitle'>我的数据</Text>
          {erase.confirming ? (
            <EraseDataPanel busy={erase.busy} error={erase.error} onConfirm={() => void erase.erase()} onCancel={erase.cancel} />
          ) : (
            <>
              <Text className='muted'>您在这里留下的个人信息和反映的内容，可以随时删除。</Text>
              <BigButton id='erase-my-data' kind='plain' onClick={erase.ask}>
                删除我的数据
              </BigButton>
            </>
          )}
        </View>
      )}
    </Screen>
  );
}
