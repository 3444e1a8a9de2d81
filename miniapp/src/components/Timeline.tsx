import { Text, View } from '@tarojs/components';
import { ACTION_LABELS, ROLE_LABELS, formatShanghaiDateTime, type TimelineEntry, type TimelineEntryType } from '@lingjuli/shared';

const TYPE_LABELS: Record<TimelineEntryType, string> = {
  ...ACTION_LABELS,
  file: '提交诉求',
  support: '我也遇到了',
  whistle: '社区吹哨',
  formTaskForce: '成立专班',
  taskForceNote: '专班进展',
  breach: '超时督办',
  progressOverdue: '进展逾期督办',
};

/** An appeal's timeline (the ledger), oldest first. Internal entries are marked for staff. */
export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  return (
    <View className='timeline'>
      {entries.map((e) => (
        <View key={e.id} className={`timeline__item timeline__item--${e.visibility}`}>
          <View className='timeline__dot' />
          <View className='timeline__body'>
            <View className='timeline__head'>
              <Text className='timeline__type'>{TYPE_LABELS[e.type]}</Text>
              <Text className='timeline__time'>{formatShanghaiDateTime(new Date(e.at))}</Text>
            </View>
            {e.actor && (
              <Text className='timeline__actor'>
                {e.actor.name}
                {e.actor.role !== 'system' && e.actor.role !== 'resident' ? `（${ROLE_LABELS[e.actor.role]}）` : ''}
              </Text>
            )}
            {e.note && <Text className='timeline__note'>{e.note}</Text>}
            {e.visibility === 'internal' && <Text className='timeline__internal'>仅工作人员可见</Text>}
          </View>
        </View>
      ))}
    </View>
  );
}
