/**
 * The move tables of the six powers' records (docs/domain.md §8), like the appeal's transition table: who may
 * make which move from which status, to which. The server enforces them and offers the caller the
 * moves they allow now; the mini-program draws its buttons from what the server offers, labelled here.
 * `state-tables.spec.ts` checks every table for unreachable statuses and dead ends.
 */
import type { RewardAction, WhistleAction } from './contract-powers';
import type { ActorRole, Role } from './enums';
import { PERMISSIONS } from './permissions';
import { holdsWhistleOpen, type RewardStatus, type WhistleStatus, type WhistleTargetStatus } from './powers';

// ---- whistle 吹哨权 ----

/** A department's part in a whistle, as the rules read it. */
export interface WhistlePart {
  status: WhistleTargetStatus;
  /** It let its report-in deadline pass without reporting in. */
  reportInMissed: boolean;
}

/** The moves on a department's own part, made by its staff. */
export type WhistlePartAction = Exclude<WhistleAction, 'close'>;

/**
 * A move of a department on its own part, while the whistle is open; or a move of the whole whistle:
 * the community closes it once no part holds it open (`holdsWhistleOpen`), the system cancels it when
 * its appeal ends.
 */
export interface WhistlePartMove {
  on: 'part';
  from: readonly WhistleTargetStatus[];
  /** 'same' leaves the part as it is (a progress note). */
  to: WhistleTargetStatus | 'same';
  roles: readonly ActorRole[];
  /** The button's words. */
  label: string;
}
export interface WhistleWholeMove {
  on: 'whistle';
  from: readonly WhistleStatus[];
  to: WhistleStatus;
  roles: readonly ActorRole[];
  label: string;
}
export type WhistleMove = WhistlePartMove | WhistleWholeMove;

/** A whistle starts `open`, every part `whistled`; these statuses end it (no move leaves them). */
export const WHISTLE_FINAL_STATUSES: readonly WhistleStatus[] = ['closed', 'cancelled'];
export const WHISTLE_TARGET_FINAL_STATUSES: readonly WhistleTargetStatus[] = ['completed'];

/** In the order the server offers them: whistled → reported in (报到) → progress notes and completion; then the close. */
export const WHISTLE_MOVES: Record<WhistlePartAction, WhistlePartMove> & Record<'close' | 'cancel', WhistleWholeMove> = {
  reportIn: { on: 'part', from: ['whistled'], to: 'reportedIn', roles: PERMISSIONS['whistle.respond'], label: '报到' },
  progress: { on: 'part', from: ['reportedIn'], to: 'same', roles: PERMISSIONS['whistle.respond'], label: '报告进展' },
  complete: { on: 'part', from: ['reportedIn'], to: 'completed', roles: PERMISSIONS['whistle.respond'], label: '办结' },
  close: { on: 'whistle', from: ['open'], to: 'closed', roles: PERMISSIONS['whistle.close'], label: '结束并评价' },
  // The appeal it is about ended (withdrawn, rejected, closed) first.
  cancel: { on: 'whistle', from: ['open'], to: 'cancelled', roles: ['system'], label: '随诉求撤销' },
};

/** What a caller may do on a whistle, in the table's order. */
export const WHISTLE_ACTIONS: readonly WhistleAction[] = ['reportIn', 'progress', 'complete', 'close'];

export type WhistleMoveCheck<S> =
  | { ok: true; to: S }
  /**
   * `role`: not the role's move; `notWhistled`: the caller's department has no part in it; `ended`:
   * the whistle is no longer open; `part`: not from the part's status (`from` says which); `waiting`:
   * a part still holds the whistle open.
   */
  | { ok: false; reason: 'role' | 'notWhistled' | 'ended' | 'waiting' }
  | { ok: false; reason: 'part'; from: WhistleTargetStatus };

/** Whether a department's staff may make the move on its own part now (`part` null: it was not whistled). */
export function checkWhistlePartMove(
  role: ActorRole,
  action: WhistlePartAction,
  whistle: WhistleStatus,
  part: WhistlePart | null,
): WhistleMoveCheck<WhistleTargetStatus> {
  const move = WHISTLE_MOVES[action];
  if (!move.roles.includes(role)) return { ok: false, reason: 'role' };
  if (!part) return { ok: false, reason: 'notWhistled' };
  if (whistle !== 'open') return { ok: false, reason: 'ended' };
  if (!move.from.includes(part.status)) return { ok: false, reason: 'part', from: part.status };
  return { ok: true, to: move.to === 'same' ? part.status : move.to };
}

/** Whether the whistle's community may close it now: open, and no part holds it open any more. */
export function checkWhistleClose(role: ActorRole, whistle: { status: WhistleStatus; parts: readonly WhistlePart[] }): WhistleMoveCheck<WhistleStatus> {
  const move = WHISTLE_MOVES.close;
  if (!move.roles.includes(role)) return { ok: false, reason: 'role' };
  if (!move.from.includes(whistle.status)) return { ok: false, reason: 'ended' };
  if (whistle.parts.length === 0 || whistle.parts.some(holdsWhistleOpen)) return { ok: false, reason: 'waiting' };
  return { ok: true, to: move.to };
}

/**
 * The moves the caller may make on a whistle now: her department's on its own part (`ownPart`, null
 * when it was not whistled), her community's close when it is the community's whistle (`ownCommunity`).
 * Who sees the whistle at all is the server's scope.
 */
export function availableWhistleActions(
  role: ActorRole,
  whistle: { status: WhistleStatus; parts: readonly WhistlePart[]; ownPart: WhistlePart | null; ownCommunity: boolean },
): WhistleAction[] {
  return WHISTLE_ACTIONS.filter((action) =>
    action === 'close' ? whistle.ownCommunity && checkWhistleClose(role, whistle).ok : checkWhistlePartMove(role, action, whistle.status, whistle.ownPart).ok,
  );
}

/** Whether a role makes a whistle move at all (whatever the whistle's state). */
export const makesWhistleMove = (role: ActorRole, action: WhistleAction): boolean => WHISTLE_MOVES[action].roles.includes(role);

// ---- disposal 自主支配权: reward requests ----

/** Who may make each move of a reward request, from which statuses, to which (自主支配权, docs/domain.md §8.6). */
export interface RewardMove {
  from: readonly RewardStatus[];
  /** 'same' leaves the status as it is (recording the meeting). */
  to: RewardStatus | 'same';
  roles: readonly Role[];
  /** The move needs the party organisation's meeting record. */
  needsMeeting: boolean;
}

/** A request starts as a `draft`; the street's acknowledgement ends it. */
export const REWARD_FINAL_STATUSES: readonly RewardStatus[] = ['acknowledged'];

export const REWARD_MOVES: Record<RewardAction, RewardMove> = {
  // The meeting is recorded (or corrected) while the community still holds the request.
  recordMeeting: { from: ['draft', 'returned'], to: 'same', roles: PERMISSIONS['reward.propose'], needsMeeting: false },
  submit: { from: ['draft', 'returned'], to: 'awaitingApproval', roles: PERMISSIONS['reward.propose'], needsMeeting: true },
  approve: { from: ['awaitingApproval'], to: 'approved', roles: PERMISSIONS['reward.approve'], needsMeeting: true },
  return: { from: ['awaitingApproval'], to: 'returned', roles: PERMISSIONS['reward.approve'], needsMeeting: false },
  acknowledge: { from: ['approved'], to: 'acknowledged', roles: PERMISSIONS['reward.acknowledge'], needsMeeting: false },
};

export type RewardMoveCheck = { ok: true; to: RewardStatus } | { ok: false; reason: 'role' | 'meeting' | 'status' };

/**
 * Whether a role may make the move now. The meeting is checked before the status, so a request
 * without a meeting record is refused for that reason whatever state it is in.
 */
export function checkRewardMove(role: Role, action: RewardAction, request: { status: RewardStatus; hasMeeting: boolean }): RewardMoveCheck {
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
