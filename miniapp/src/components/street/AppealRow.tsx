import { Text, View } from '@tarojs/components';
import type { AppealSummary } from '@lingjuli/shared';
import type { PropsWithChildren } from 'react';
import { Countdown } from '@/components/Countdown';
import { StatusTag, Tag, TierTag } from '@/components/Tags';
import { useNow } from '@/hooks/useNow';
import { describeDeadline } from '@/utils/countdown';

/**
 * One appeal in a street list, coloured by its deadline: `${kind} ${kind}--warning|overdue|…`, with
 * `data-id` (the appeal id) and `data-state` for browser tests. `kind` is `order-item` on the
 * command centre's orders and `queue-item` on the department queue.
 */
export function AppealRow({
  appeal,
  kind,
  onClick,
  children,
}: PropsWithChildren<{ appeal: AppealSummary; kind: 'order-item' | 'queue-item'; onClick: () => void }>) {
  const state = describeDeadline(appeal, useNow()).state;
  return (
    <View className={`card street-row ${kind} ${kind}--${state}`} data-id={appeal.id} data-state={state} onClick={onClick}>
      <View className='street-row__head'>
        <Text className='street-row__place'>
          {appeal.communityName}
          {appeal.buildingName ? ` · ${appeal.buildingName}` : ''}
        </Text>
        <TierTag tier={appeal.tier} />
      </View>
      <Text className='street-row__summary'>{appeal.summary}</Text>
      {children}
      <View className='street-row__foot'>
        <Countdown appeal={appeal} />
        <View className='street-row__tags'>
          <StatusTag status={appeal.status} />
          {appeal.supervised && <Tag tone='danger'>督办</Tag>}
          {appeal.proactive && <Tag tone='ok'>未诉即办</Tag>}
        </View>
      </View>
      <Text className='street-row__code'>{appeal.code}</Text>
    </View>
  );
}
