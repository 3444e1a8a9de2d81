import { FINAL_STATUSES, type AppealStatus, type Tier } from './enums';
import { autoCloseAt } from './deadline';
import { DEFAULT_TIER_POLICY, type TierPolicy } from './tier-policy';

/**
 * The timers an appeal carries (docs/domain.md §5.5):
 * - `warning` at 80 % of the window, to the handler;
 * - `breach` just after the deadline (breached means now > due, strictly);
 * - `progressReminder` when a complex appeal's 72-hour public progress note is missed, and
 *   `progressOverdue` (supervision) if it is still missing after the grace period;
 * - `autoClose` of an appeal fed back but not rated for 7 days.
 * Other features own timers of their own (a whistled department's report-in, a project's opinion
 * deadline); the server's timer registry knows them all.
 */
export const APPEAL_TIMER_KINDS = ['warning', 'breach', 'progressReminder', 'progressOverdue', 'autoClose'] as const;
export type AppealTimerKind = (typeof APPEAL_TIMER_KINDS)[number];

export interface PlannedTimer {
  kind: AppealTimerKind;
  /** When it fires. */
  fireAt: Date;
  /** The instant it guards; a timer fires at most once per deadline. */
  deadline: Date;
}

export interface AppealTimerState {
  status: AppealStatus;
  tier: Tier;
  dueAt: Date;
  warnAt: Date;
  respondedAt: Date | null;
  progressDueAt: Date | null;
  fedBackAt: Date | null;
  awaitingSecretaryReview: boolean;
}

const plus = (at: Date, ms: number) => new Date(at.getTime() + ms);

/** When a deadline's timer fires: 1 ms after it, as at the due instant itself the deadline is still met. */
export const firesAfter = (deadline: Date): Date => plus(deadline, 1);

/**
 * Which timers an appeal should have now. Pure: the server reconciles its timer rows with this
 * after every change, in the same transaction, so a stale timer never survives the change.
 */
export function plannedTimers(appeal: AppealTimerState, policy: TierPolicy = DEFAULT_TIER_POLICY): PlannedTimer[] {
  if (FINAL_STATUSES.includes(appeal.status)) return [];
  const timers: PlannedTimer[] = [];
  if (appeal.respondedAt === null) {
    timers.push({ kind: 'warning', fireAt: appeal.warnAt, deadline: appeal.dueAt });
    timers.push({ kind: 'breach', fireAt: firesAfter(appeal.dueAt), deadline: appeal.dueAt });
  }
  if (appeal.tier === 'complex' && appeal.progressDueAt) {
    timers.push({ kind: 'progressReminder', fireAt: plus(appeal.progressDueAt, 1), deadline: appeal.progressDueAt });
    timers.push({
      kind: 'progressOverdue',
      fireAt: plus(appeal.progressDueAt, policy.complexProgressGraceMs + 1),
      deadline: appeal.progressDueAt,
    });
  }
  if (appeal.status === 'fedBack' && appeal.fedBackAt && !appeal.awaitingSecretaryReview) {
    const closeAt = autoCloseAt(appeal.fedBackAt, policy);
    timers.push({ kind: 'autoClose', fireAt: closeAt, deadline: closeAt });
  }
  return timers;
}
