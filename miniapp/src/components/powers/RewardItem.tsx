import { Text, View } from '@tarojs/components';
import { REWARD_BASIS_LABELS, formatShanghaiDateTime, type RewardRequestInfo } from '@lingjuli/shared';
import { amountText } from '@/utils/powers/reward';
import { RewardStatusTag } from '@/components/powers/RewardStatusTag';

/** One reward request in a list (`.reward-item[data-id]`): for whom, what, on what basis, where it stands. */
export function RewardItem({ info, showCommunity, onOpen }: { info: RewardRequestInfo; showCommunity?: boolean; onOpen: (id: number) => void }) {
  const amount = amountText(info.amount);
  return (
    <View className={`card reward-item reward-item--${info.status}`} data-id={String(info.id)} data-status={info.status} onClick={() => onOpen(info.id)}>
      <View className='reward-item__head'>
        <Text className='reward-item__who'>{info.liaison.name}</Text>
        <RewardStatusTag status={info.status} />
      </View>
      <Text className='reward-item__what'>
        {info.reward}
        {amount ? ` · ${amount}` : ''}
      </Text>
      <View className='reward-item__meta'>
        <Text>{REWARD_BASIS_LABELS[info.basis]}</Text>
        {info.basis === 'caseByCase' ? <Text>诉求 {info.appealIds.length} 件</Text> : info.periodLabel && <Text>{info.periodLabel}</Text>}
        {showCommunity && <Text>{info.communityName}</Text>}
        <Text>
          {info.proposedBy.name} 提出于 {formatShanghaiDateTime(new Date(info.proposedAt))}
        </Text>
      </View>
      {info.status === 'draft' && !info.meeting && <Text className='reward-item__hint'>待记录党组织会议</Text>}
      {info.status === 'returned' && info.returnedReason && <Text className='reward-item__hint'>退回理由：{info.returnedReason}</Text>}
    </View>
  );
}
