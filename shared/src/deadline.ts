import type { Tier } from './enums';
import { DEFAULT_TIER_POLICY, type TierPolicy } from './tier-policy';

/** The two instants every open appeal counts down to. */
export interface Deadline {
  dueAt: Date;
  warnAt: Date;
}

function warnBefore(dueAt: Date, tier: Tier, policy: TierPolicy): Date {
  const window = policy.tiers[tier].windowMs;
  return new Date(dueAt.getTime() - Math.round(window * (1 - policy.warningFraction)));
}

/** Deadline of a fresh appeal (or of a new handling cycle after a reopen), counted from `startAt`. */
export function initialDeadline(tier: Tier, startAt: Date, policy: TierPolicy = DEFAULT_TIER_POLICY): Deadline {
  const dueAt = new Date(startAt.getTime() + policy.tiers[tier].windowMs);
  return { dueAt, warnAt: warnBefore(dueAt, tier, policy) };
}

export interface TierChange {
  from: Tier;
  to: Tier;
  /** Start of the current handling cycle: receipt, or the reopen time. */
  startAt: Date;
  /** The deadline in force before the change. */
  currentDueAt: Date;
  changedAt: Date;
}

/**
 * Deadline after a tier change (docs/domain.md §5.3): a stricter tier is due at
 * min(old due, change time + new window); a looser one at start + new window.
 */
export function deadlineAfterTierChange(change: TierChange, policy: TierPolicy = DEFAULT_TIER_POLICY): Deadline {
  const newWindow = policy.tiers[change.to].windowMs;
  const oldWindow = policy.tiers[change.from].windowMs;
  let dueMs: number;
  if (newWindow < oldWindow) {
    dueMs = Math.min(change.currentDueAt.getTime(), change.changedAt.getTime() + newWindow);
  } else if (newWindow > oldWindow) {
    dueMs = change.startAt.getTime() + newWindow;
  } else {
    dueMs = change.currentDueAt.getTime();
  }
  const dueAt = new Date(dueMs);
  return { dueAt, warnAt: warnBefore(dueAt, change.to, policy) };
}

/**
 * A 12345 work order comes with the city's own deadline: in its first handling cycle the appeal is due
 * by the stricter of the city's and its tier's (docs/domain.md §4). A reopened appeal counts its tier again.
 */
export function cappedByCity(deadline: Deadline, tier: Tier, cityDueAt: Date | null, policy: TierPolicy = DEFAULT_TIER_POLICY): Deadline {
  if (!cityDueAt || cityDueAt.getTime() >= deadline.dueAt.getTime()) return deadline;
  return { dueAt: cityDueAt, warnAt: warnBefore(cityDueAt, tier, policy) };
}

/** A deadline is breached only when now is strictly after it: due at 10:30:00.000 is still met at that instant. */
export function isBreached(dueAt: Date, now: Date): boolean {
  return now.getTime() > dueAt.getTime();
}

/** Whether an action at `at` met the deadline (at the instant itself counts as met). */
export function isMet(dueAt: Date, at: Date): boolean {
  return !isBreached(dueAt, at);
}

/** When the next public progress note of a complex appeal is due. */
export function nextProgressDue(lastPublicProgressAt: Date, policy: TierPolicy = DEFAULT_TIER_POLICY): Date {
  return new Date(lastPublicProgressAt.getTime() + policy.complexProgressIntervalMs);
}

/** When an appeal fed back at `fedBackAt` closes by itself if nobody rates it. */
export function autoCloseAt(fedBackAt: Date, policy: TierPolicy = DEFAULT_TIER_POLICY): Date {
  return new Date(fedBackAt.getTime() + policy.autoCloseAfterMs);
}
