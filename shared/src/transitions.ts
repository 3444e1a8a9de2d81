import { COMMUNITY_ROLES as COMMUNITY, type ActorRole, type AppealStatus, type Level, type Satisfaction } from './enums';

/** Everything that can be done to an existing appeal. Filing (intake) creates one and is not a transition. */
export const APPEAL_ACTIONS = [
  'accept',
  'retriage',
  'assign',
  'addNote',
  'feedback',
  'resolve',
  'rate',
  'callback',
  'secretaryReview',
  'close',
  'withdraw',
  'reject',
  'escalate',
  'dispatch',
  'completeAssignment',
] as const;
export type AppealAction = (typeof APPEAL_ACTIONS)[number];

/**
 * One row: `roles` may perform `action` on an appeal in one of `from` (and, when given, at one of
 * `levels`); the appeal then moves to `to`. `to: 'same'` leaves the status as it is.
 * An action with several rows for one status (rate, callback) picks its row by outcome; see `rateOutcome`.
 */
export interface AppealTransition {
  action: AppealAction;
  from: readonly AppealStatus[];
  to: AppealStatus | 'same';
  roles: readonly ActorRole[];
  levels?: readonly Level[];
  /** Distinguishes rows of one action from one status. */
  outcome?: string;
}

const OPEN: readonly AppealStatus[] = ['received', 'inProgress', 'resolved', 'fedBack'];
const STREET: readonly Level[] = ['street', 'taskForce'];
const FEEDBACK: readonly ActorRole[] = [...COMMUNITY, 'liaison', 'departmentStaff'];

export const APPEAL_TRANSITIONS: readonly AppealTransition[] = [
  { action: 'accept', from: ['received'], to: 'inProgress', roles: COMMUNITY, levels: ['community'] },
  // Whoever holds the appeal may change its tier: the community while it is theirs, the command centre after escalation.
  { action: 'retriage', from: ['received', 'inProgress'], to: 'same', roles: COMMUNITY, levels: ['community'] },
  { action: 'retriage', from: ['inProgress'], to: 'same', roles: ['commandCenter'], levels: STREET },
  // Assigning after resolution sends a liaison to visit the resident with the result.
  { action: 'assign', from: ['received', 'inProgress', 'resolved'], to: 'same', roles: COMMUNITY },
  {
    action: 'addNote',
    from: OPEN,
    to: 'same',
    roles: [...COMMUNITY, 'gridSecretary', 'commandCenter', 'departmentStaff'],
  },
  // Interim feedback ("we have called the water company") meets the first-feedback deadline without closing anything.
  // A department working on the appeal (checked by the server) feeds back jointly with the community (职能科室与社区一起反馈).
  { action: 'feedback', from: ['inProgress'], to: 'same', roles: FEEDBACK, outcome: 'interim' },
  { action: 'feedback', from: ['resolved'], to: 'fedBack', roles: FEEDBACK, outcome: 'final' },
  { action: 'resolve', from: ['inProgress'], to: 'resolved', roles: COMMUNITY, levels: ['community'] },
  // After dispatch the lead department (checked by the server) or the command centre marks it resolved.
  { action: 'resolve', from: ['inProgress'], to: 'resolved', roles: ['commandCenter', 'departmentStaff'], levels: STREET },
  { action: 'rate', from: ['fedBack'], to: 'closed', roles: ['resident'], outcome: 'accepted' },
  { action: 'rate', from: ['fedBack'], to: 'inProgress', roles: ['resident'], outcome: 'reopened' },
  { action: 'rate', from: ['fedBack'], to: 'same', roles: ['resident'], outcome: 'toSecretaryReview' },
  // The callback (回访): community staff phone a caller who has no account and record her answer as her
  // rating, with the same outcomes (the server allows it only for an appeal without a reporter account).
  { action: 'callback', from: ['fedBack'], to: 'closed', roles: COMMUNITY, outcome: 'accepted' },
  { action: 'callback', from: ['fedBack'], to: 'inProgress', roles: COMMUNITY, outcome: 'reopened' },
  { action: 'callback', from: ['fedBack'], to: 'same', roles: COMMUNITY, outcome: 'toSecretaryReview' },
  { action: 'secretaryReview', from: ['fedBack'], to: 'closed', roles: ['communitySecretary'], outcome: 'close' },
  { action: 'secretaryReview', from: ['fedBack'], to: 'inProgress', roles: ['communitySecretary'], outcome: 'reopen' },
  { action: 'close', from: ['fedBack'], to: 'closed', roles: ['system'] },
  { action: 'withdraw', from: ['received', 'inProgress'], to: 'withdrawn', roles: ['resident'] },
  { action: 'reject', from: ['received'], to: 'rejected', roles: COMMUNITY, levels: ['community'] },
  {
    action: 'escalate',
    from: ['received', 'inProgress'],
    to: 'inProgress',
    roles: COMMUNITY,
    levels: ['community'],
  },
  // An appeal the system escalated on a breached deadline may still be `received`: dispatching starts its handling.
  { action: 'dispatch', from: ['received', 'inProgress'], to: 'inProgress', roles: ['commandCenter'], levels: STREET },
  {
    action: 'completeAssignment',
    from: ['inProgress'],
    to: 'same',
    roles: ['departmentStaff'],
    levels: STREET,
  },
];

export interface AppealState {
  status: AppealStatus;
  level: Level;
}

function rowsFor(role: ActorRole, action: AppealAction, state: AppealState): AppealTransition[] {
  return APPEAL_TRANSITIONS.filter(
    (t) => t.action === action && t.roles.includes(role) && t.from.includes(state.status) && (!t.levels || t.levels.includes(state.level)),
  );
}

/** Whether `role` may perform `action` on an appeal in `state` (ownership and scope are checked elsewhere). */
export function canPerform(role: ActorRole, action: AppealAction, state: AppealState): boolean {
  return rowsFor(role, action, state).length > 0;
}

/** The actions a role may offer for an appeal in `state`, in table order; the mini-program shows these. */
export function availableActions(role: ActorRole, state: AppealState): AppealAction[] {
  const actions = APPEAL_TRANSITIONS.filter((t) => canPerform(role, t.action, state)).map((t) => t.action);
  return [...new Set(actions)];
}

/**
 * The status after `action`, or null when it is not allowed. For actions with several rows from one
 * status, `outcome` chooses the row.
 */
export function nextStatus(role: ActorRole, action: AppealAction, state: AppealState, outcome?: string): AppealStatus | null {
  const rows = rowsFor(role, action, state);
  const row = outcome === undefined ? rows[0] : rows.find((r) => r.outcome === outcome);
  if (!row) return null;
  return row.to === 'same' ? state.status : row.to;
}

export type RateOutcome = 'accepted' | 'reopened' | 'toSecretaryReview';

/**
 * What a resident's rating (or a caller's answer on the callback) does (docs/domain.md §7.2): solved and (basically) satisfied closes it; otherwise
 * the appeal reopens once, and a second bad rating goes to the community secretary for review.
 */
export function rateOutcome(rating: { solved: boolean; satisfaction: Satisfaction }, reopenCount: number): RateOutcome {
  const good = rating.solved && rating.satisfaction !== 'unsatisfied';
  if (good) return 'accepted';
  return reopenCount === 0 ? 'reopened' : 'toSecretaryReview';
}
