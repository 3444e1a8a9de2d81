import type { Tier } from './enums';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** What must happen before an appeal's deadline for it to count as met. */
export type DeadlineMeaning = 'resolution' | 'firstFeedback';

export interface TierRule {
  /** Time from receipt (natural time, no working days) to the deadline. */
  windowMs: number;
  meaning: DeadlineMeaning;
  /** Plain words shown to residents and staff, e.g. "紧急：30分钟内处置". */
  promise: string;
}

export interface TierPolicy {
  /** Stored on every appeal so a later policy change never rewrites old deadlines. */
  version: number;
  tiers: Record<Tier, TierRule>;
  /** A warning fires when this fraction of the window has passed. */
  warningFraction: number;
  /** Complex appeals need a public progress note at least this often until closed. */
  complexProgressIntervalMs: number;
  /** After a missed progress note: a reminder at once, then a supervision flag if still none this much later. */
  complexProgressGraceMs: number;
  /** Appeals fed back but not rated close automatically after this long. */
  autoCloseAfterMs: number;
}

export const DEFAULT_TIER_POLICY: TierPolicy = {
  version: 1,
  tiers: {
    emergency: { windowMs: 30 * MINUTE, meaning: 'resolution', promise: '紧急：30分钟内处置' },
    utility: { windowMs: 24 * HOUR, meaning: 'firstFeedback', promise: '水电气热：24小时内反馈' },
    ordinary: { windowMs: 7 * DAY, meaning: 'firstFeedback', promise: '一般诉求：7天内反馈' },
    complex: { windowMs: 15 * DAY, meaning: 'firstFeedback', promise: '复杂疑难：15天内反馈，每72小时公开进展' },
  },
  warningFraction: 0.8,
  complexProgressIntervalMs: 72 * HOUR,
  complexProgressGraceMs: 24 * HOUR,
  autoCloseAfterMs: 7 * DAY,
};

/** True when `a` has a shorter window than `b` under the policy. */
export function isStricterTier(a: Tier, b: Tier, policy: TierPolicy = DEFAULT_TIER_POLICY): boolean {
  return policy.tiers[a].windowMs < policy.tiers[b].windowMs;
}

/** The strictest of the given tiers (shortest window). */
export function strictestTier(tiers: readonly Tier[], policy: TierPolicy = DEFAULT_TIER_POLICY): Tier {
  if (tiers.length === 0) throw new Error('strictestTier needs at least one tier');
  return tiers.reduce((best, t) => (isStricterTier(t, best, policy) ? t : best));
}
