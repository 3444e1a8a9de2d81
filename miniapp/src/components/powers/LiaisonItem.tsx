import { Text, View } from '@tarojs/components';
import type { LiaisonInfo } from '@lingjuli/shared';
import { dutiesText } from '@/utils/powers/liaison';
import { Tag } from '@/components/Tags';
import { LiaisonCounts } from '@/components/powers/LiaisonCounts';

/** One liaison in the registry (`.liaison-item[data-id=userId]`): name, duties, counts, active. */
export function LiaisonItem({ liaison, communityName, onOpen }: { liaison: LiaisonInfo; communityName?: string; onOpen: (userId: number) => void }) {
  return (
    <View
      className={`card liaison-item ${liaison.active ? '' : 'liaison-item--inactive'}`}
      data-id={String(liaison.userId)}
      data-active={liaison.active ? 'true' : 'false'}
      onClick={() => onOpen(liaison.userId)}
    >
      <View className='liaison-item__head'>
        <Text className='liaison-item__name'>{liaison.name}</Text>
        {liaison.active ? <Tag tone='ok'>在册</Tag> : <Tag>已停用</Tag>}
        <Text className='liaison-item__go'>›</Text>
      </View>
      <Text className='liaison-item__duties'>{dutiesText(liaison.duties)}</Text>
      {communityName && <Text className='muted'>{communityName}</Text>}
      <LiaisonCounts counts={liaison.counts} compact />
    </View>
  );
}
