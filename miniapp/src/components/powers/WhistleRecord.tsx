import { Text, View } from '@tarojs/components';
import { ROLE_LABELS, formatShanghaiDateTime, type WhistleEventInfo } from '@lingjuli/shared';
import { WHISTLE_EVENT_LABELS } from '../../utils/powers/whistles';

/** The whistle's record (oldest first), drawn like an appeal's timeline; a missed report-in in red. */
export function WhistleRecord({ events }: { events: readonly WhistleEventInfo[] }) {
  return (
    <View className='timeline' id='whistle-record'>
      {events.map((e) => (
        <View key={e.id} className={`timeline__item ${e.type === 'reportInMissed' ? 'pw-record--missed' : ''}`} data-type={e.type}>
          <View className='timeline__dot' />
          <View className='timeline__body'>
            <View className='timeline__head'>
              <Text className='timeline__type'>
                {WHISTLE_EVENT_LABELS[e.type]}
                {e.departmentName ? ` · ${e.departmentName}` : ''}
              </Text>
              <Text className='timeline__time'>{formatShanghaiDateTime(new Date(e.at))}</Text>
            </View>
            {e.actor && (
              <Text className='timeline__actor'>
                {e.actor.name}
                {e.actor.role !== 'system' ? `（${ROLE_LABELS[e.actor.role]}）` : ''}
              </Text>
            )}
            {e.note && <Text className='timeline__note'>{e.note}</Text>}
          </View>
        </View>
      ))}
    </View>
  );
}
