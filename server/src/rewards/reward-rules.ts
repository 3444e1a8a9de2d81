import type { RewardAction, RewardMoveCheck, RewardStatus } from '@lingjuli/shared';

/** The move table and its checks are shared (`shared/src/power-moves.ts`); these names keep the server's imports. */
export { REWARD_MOVES, availableRewardActions, checkRewardMove, type RewardMove } from '@lingjuli/shared';
export type MoveCheck = RewardMoveCheck;

export const REWARD_ACTION_LABELS: Record<RewardAction, string> = {
  recordMeeting: '记录会议',
  submit: '提交审批',
  approve: '批准',
  return: '退回',
  acknowledge: '确认',
};

/** The statuses in which the street sees a request: once the secretary has approved it, it has reached the street. */
export const STREET_STATUSES: readonly RewardStatus[] = ['approved', 'acknowledged'];
