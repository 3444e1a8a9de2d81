import { Text, View } from '@tarojs/components';
import { BigButton } from '@/components/BigButton';
import { Screen } from '@/components/Screen';
import { Empty, ErrorBox, Loading } from '@/components/States';
import { LoadMore } from '@/components/LoadMore';
import { AppealRow } from '@/components/street/AppealRow';
import { openPage } from '@/utils/navigation';
import { PendingOrdersDesk } from '@/components/desk/street/StreetDesks';
import { useDeskLayout } from '@/hooks/desk/useDeskLayout';
import { usePendingOrders } from '@/hooks/street/usePendingOrders';
import { COMMAND_ROLES, useRoleSession } from '@/hooks/useRoleSession';
import { routes } from '@/routes';
import { escalatedBySystem, escalationSource } from '@/utils/street/orders';
import './index.scss';

/** The command centre's incoming dispatch orders (批办单): at a PC a table, overdue first; on a phone cards, oldest first. */
export default function StreetOrders() {
  const session = useRoleSession(COMMAND_ROLES);
  return useDeskLayout() ? <PendingOrdersDesk enabled={!!session} /> : <PhoneOrders enabled={!!session} />;
}

/** The orders on a phone, oldest first; tap one to dispatch it. */
function PhoneOrders({ enabled }: { enabled: boolean }) {
  const { rows, loading, error, reload, hasMore, loadingMore, moreError, loadMore } = usePendingOrders(enabled);
  const overdue = rows.filter((r) => r.appeal.overdue).length;

  return (
    <Screen className='street street-orders'>
      <Text className='title'>待派批办单</Text>
      <Text className='muted'>社区上报街道的诉求，先报先派。点开选择主办、协办单位。</Text>
      {rows.length > 0 && (
        <View className='street-orders__count'>
          <Text>{hasMore ? `已显示最早的 ${rows.length} 单，还有更多` : `共 ${rows.length} 单`}</Text>
          {overdue > 0 && <Text className='street-orders__overdue'>其中超时 {overdue} 单</Text>}
        </View>
      )}

      {loading && <Loading />}
      {error && <ErrorBox error={error} onRetry={() => void reload()} />}
      {!loading && !error && rows.length === 0 && <Empty text='暂无待派的批办单' />}

      {rows.map(({ appeal, order }) => (
        <AppealRow key={appeal.id} kind='order-item' appeal={appeal} onClick={() => openPage(routes.streetDispatch(appeal.id))}>
          {order === undefined && <Text className='muted'>正在读取上报原因…</Text>}
          {order && (
            <View className={`order-item__reason ${escalatedBySystem(order) ? 'order-item__reason--system' : ''}`}>
              <Text className='order-item__reason-text'>上报原因：{order.reason}</Text>
              <Text className='muted'>{escalationSource(order)}</Text>
            </View>
          )}
        </AppealRow>
      ))}
      {hasMore && (
        <LoadMore
          id='street-orders-more'
          loading={loadingMore}
          error={moreError}
          onLoad={() => void loadMore()}
          label={`加载更多（已显示 ${rows.length} 单）`}
        />
      )}

      <BigButton id='street-in-progress' kind='secondary' onClick={() => openPage(routes.departmentQueue())}>
        街道在办诉求
      </BigButton>
      <BigButton id='open-powers' kind='plain' onClick={() => openPage(routes.powersHub())}>
        六项权力：吹哨、项目、排名、清单、奖励
      </BigButton>
    </Screen>
  );
}
