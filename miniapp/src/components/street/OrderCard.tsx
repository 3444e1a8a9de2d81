import { Text, View } from '@tarojs/components';
import { DISPATCH_ROLE_LABELS, ROLE_LABELS, formatShanghaiDateTime, type DispatchOrderInfo } from '@lingjuli/shared';
import { Card } from '@/components/Card';
import { Tag } from '@/components/Tags';
import { sortAssignments } from '@/utils/street/assignment';
import { escalatedBySystem, escalationSource } from '@/utils/street/orders';

const at = (iso: string) => formatShanghaiDateTime(new Date(iso));

/** The dispatch order (批办单): why the community sent it up, the consultation, and where it was dispatched. */
export function OrderCard({ order, highlightDepartmentId }: { order: DispatchOrderInfo; highlightDepartmentId?: number | null }) {
  return (
    <Card
      title='批办单'
      extra={<Tag tone={order.status === 'pending' ? 'warning' : 'ok'}>{order.status === 'pending' ? '待派单' : '已派单'}</Tag>}
      className='order-card'
    >
      <Text className='order-card__label'>上报原因</Text>
      <Text className='order-card__reason'>{order.reason}</Text>
      <Text className='muted'>{escalationSource(order)}</Text>
      {escalatedBySystem(order) && <Text className='order-card__system'>办理超时，由系统自动上报并督办</Text>}

      {order.consultedWith && (
        <View className='order-card__block'>
          <Text className='order-card__label'>会商情况</Text>
          <Text className='muted'>
            与{ROLE_LABELS[order.consultedWith.role === 'system' ? 'gridSecretary' : order.consultedWith.role]} {order.consultedWith.name} 会商
          </Text>
          {order.consultationNote && <Text>{order.consultationNote}</Text>}
        </View>
      )}

      {order.status === 'dispatched' && (
        <View className='order-card__block'>
          <Text className='order-card__label'>承办单位</Text>
          {order.dispatchedBy && order.dispatchedAt && (
            <Text className='muted'>
              {order.dispatchedBy.name} {at(order.dispatchedAt)} 派单
            </Text>
          )}
          {sortAssignments(order.assignments).map((a) => (
            <View
              key={`${a.departmentId}-${a.role}`}
              className={`order-card__assignment ${a.departmentId === highlightDepartmentId ? 'order-card__assignment--mine' : ''}`}
            >
              <View className='row'>
                <Tag tone={a.role === 'lead' ? 'danger' : 'plain'}>{DISPATCH_ROLE_LABELS[a.role]}</Tag>
                <Text className='order-card__department'>{a.departmentName}</Text>
                {a.departmentId === highlightDepartmentId && <Text className='muted'>（本单位）</Text>}
              </View>
              <Text className={a.completedAt ? 'order-card__done' : 'muted'}>{a.completedAt ? `已完成 ${at(a.completedAt)}` : '办理中'}</Text>
              {a.note && <Text className='muted'>{a.note}</Text>}
            </View>
          ))}
        </View>
      )}
    </Card>
  );
}
