import { CATEGORY_INFO, type AppealSummary } from '@lingjuli/shared';
import { Text, View } from '@tarojs/components';
import { Countdown } from '@/components/Countdown';
import { StatusTag, Tag, TierTag } from '@/components/Tags';
import './resident.scss';

/**
 * One of her appeals in the list: status, tier, what it is about and the time left, in words. One she
 * only joined ("我也遇到了") is marked so; its summary is then a neutral line, not the neighbour's words.
 */
export function AppealListItem({ appeal, onOpen }: { appeal: AppealSummary; onOpen: (id: number) => void }) {
  return (
    <View className='card appeal-item' data-id={appeal.id} id={`appeal-${appeal.id}`} onClick={() => onOpen(appeal.id)}>
      <View className='row appeal-item__tags'>
        <StatusTag status={appeal.status} />
        <TierTag tier={appeal.tier} />
        {appeal.supportedByMe && <Tag tone='ok'>我也遇到了</Tag>}
        <Text className='muted'>{CATEGORY_INFO[appeal.category].label}</Text>
      </View>
      <Text className='appeal-item__summary'>{appeal.summary}</Text>
      <View className='appeal-item__foot'>
        <Countdown appeal={appeal} showDue={false} />
        <Text className='appeal-item__more'>查看 ›</Text>
      </View>
      <Text className='muted'>
        编号 {appeal.code}
        {appeal.buildingName ? ` · ${appeal.buildingName}` : ''}
      </Text>
    </View>
  );
}
