import { Text } from '@tarojs/components';
import { REWARD_STATUS_LABELS, type RewardStatus } from '@lingjuli/shared';

/** A reward request's status, coloured: waiting (amber), returned (red), approved and acknowledged (green). */
export function RewardStatusTag({ status }: { status: RewardStatus }) {
  return (
    <Text className={`tag reward-status reward-status--${status}`} data-status={status}>
      {REWARD_STATUS_LABELS[status]}
    </Text>
  );
}
