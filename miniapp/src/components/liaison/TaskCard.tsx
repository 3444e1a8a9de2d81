import { Text, View } from '@tarojs/components';
import type { AppealSummary } from '@lingjuli/shared';
import type { PropsWithChildren } from 'react';
import { Countdown } from '@/components/Countdown';

/** One task, big and plain: where, what, the countdown; `.task-item` with `data-id` and `data-kind`. */
export function TaskCard({
  appeal,
  kind,
  onClick,
  children,
}: PropsWithChildren<{ appeal: AppealSummary; kind: 'result' | 'progress' | 'accompany'; onClick: () => void }>) {
  return (
    <View className={`card task-item task-item--${kind}`} data-id={appeal.id} data-kind={kind} onClick={onClick}>
      {children}
      <Text className='task-item__place'>
        {appeal.communityName}
        {appeal.buildingName ? ` ${appeal.buildingName}` : ''}
      </Text>
      <Text className='task-item__summary'>{appeal.summary}</Text>
      <View className='task-item__foot'>
        <Countdown appeal={appeal} showDue={false} />
        <Text className='task-item__go'>去办 ›</Text>
      </View>
    </View>
  );
}
