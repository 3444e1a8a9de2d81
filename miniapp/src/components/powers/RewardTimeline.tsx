import { Text, View } from '@tarojs/components';
import { ROLE_LABELS, formatShanghaiDateTime, type RewardEventInfo } from '@lingjuli/shared';
import { REWARD_EVENT_LABELS } from '../../utils/powers/reward';

/** Every step of a reward request, oldest first: who, in which role, when, and the note (e.g. why it was returned). */
export function RewardTimeline({ events }: { events: readonly RewardEventInfo[] }) {
  if (!events.length) return <Text className='muted'>暂无记录</Text>;
  return (
    <View className='timeline reward-timeline'>
      {events.map((e) => (
        <View key={e.id} className={`timeline__item reward-timeline__item reward-timeline__item--${e.type}`} data-type={e.type}>
          <View className='timeline__dot' />
          <View className='timeline__body'>
            <View className='timeline__head'>
              <Text className='timeline__type'>{REWARD_EVENT_LABELS[e.type] ?? e.type}</Text>
              <Text className='timeline__time'>{formatShanghaiDateTime(new Date(e.at))}</Text>
            </View>
            <Text className='timeline__actor'>
              {e.actor.name}
              {e.actor.role !== 'system' ? `（${ROLE_LABELS[e.actor.role]}）` : ''}
            </Text>
            {e.note && <Text className='timeline__note'>{e.note}</Text>}
          </View>
        </View>
      ))}
    </View>
  );
}
