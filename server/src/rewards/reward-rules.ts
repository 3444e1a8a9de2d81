import { PERMISSIONS, type Role, type RewardAction, type RewardStatus } from '@lingjuli/shared';

/** Who may make each move of a reward request, from which statuses, to which (自主支配权, docs/domain.md §8.6). */
export interface RewardMove {
  from: readonly RewardStatus[];
  /** 'same' leaves the status as it is (recording the meeting). */
  to: RewardStatus | 'same';
  roles: readonly Role[];
  /** The move needs the party organisation's meeting record. */
  needsMeeting: boolean;
}

export const REWARD_MOVES: Record<RewardAction, RewardMove> = {
  // The meeting is recorded (or corrected) while the community still holds the request.
  recordMeeting: { from: ['draft', 'returned'], to: 'same', roles: PERMISSIONS['reward.propose'], needsMeeting: false },
  submit: { from: ['draft', 'returned'], to: 'awaitingApproval', roles: PERMISSIONS['reward.propose'], needsMeeting: true },
  approve: { from: ['awaitingApproval'], to: 'approved', roles: PERMISSIONS['reward.approve'], needsMeeting: true },
  return: { from: ['awaitingApproval'], to: 'returned', roles: PERMISSIONS['reward.approve'], needsMeeting: false },
  acknowledge: { from: ['approved'], to: 'acknowledged', roles: PERMISSIONS['reward.acknowledge'], needsMeeting: false },
};

export const REWARD_ACTION_LABELS: Record<RewardAction, string> = {
  recordMeeting: '记录会议',
  submit: '提交审批',
  approve: '批准',
  return: '退回',
  acknowledge: '确认',
};

/** The statuses in which the street sees a request: once the secretary has approved it, it has reached the street. */
export const STREET_STATUSES: readonly RewardStatus[] = ['approved', 'acknowledged'];

export type MoveCheck = { ok: true; to: RewardStatus } | { ok: false; reason: 'role' | 'meeting' | 'status' };

/**
 * Whether a role may make the move now. The meeting is checked before the status, so a request
 * without a meeting record is refused for that reason whatever state it is in.
 */
export function checkRewardMove(role: Role, action: RewardAction, request: { status: RewardStatus; hasMeeting: boolean }): MoveCheck {
  const move = REWARD_MOVES[action];
  if (!move.roles.includes(role)) return { ok: false, reason: 'role' };
  if (move.needsMeeting && !request.hasMeeting) return { ok: false, reason: 'meeting' };
  if (!move.from.includes(request.status)) return { ok: false, reason: 'status' };
  return { ok: true, to: move.to === 'same' ? request.status : move.to };
}

/** The moves the role may make now, in the table's order (the caller's scope is checked separately). */
export function availableRewardActions(role: Role, request: { status: RewardStatus; hasMeeting: boolean }): RewardAction[] {
  return (Object.keys(REWARD_MOVES) as RewardAction[]).filter((action) => checkRewardMove(role, action, request).ok);
}
