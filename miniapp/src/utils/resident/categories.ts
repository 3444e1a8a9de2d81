import {
  CATEGORIES,
  CITY_SERVICE_LINES,
  CATEGORY_INFO,
  DEFAULT_TIER_POLICY,
  TIERS,
  proposeTriage,
  type Category,
  type Tier,
  type ServiceLine,
  type TierPolicy,
} from '@lingjuli/shared';

/** One choice in the category picker, with the promise its tier makes in plain words. */
export interface CategoryOption {
  key: Category;
  label: string;
  tier: Tier;
  /** e.g. 水电气热：24小时内反馈 */
  promise: string;
  /** e.g. 燃气 — 水电气热：24小时内反馈 */
  text: string;
}

/** Categories under the promise of their tier, strictest tier first (a tier with no category is left out). */
export interface CategoryGroup {
  tier: Tier;
  promise: string;
  options: CategoryOption[];
}

/** The words a tier promises the resident, e.g. 紧急：30分钟内处置. */
export const tierPromise = (tier: Tier, policy: TierPolicy = DEFAULT_TIER_POLICY): string => policy.tiers[tier].promise;

export function categoryOption(key: Category, policy: TierPolicy = DEFAULT_TIER_POLICY): CategoryOption {
  const { label, defaultTier } = CATEGORY_INFO[key];
  const promise = tierPromise(defaultTier, policy);
  return { key, label, tier: defaultTier, promise, text: `${label} — ${promise}` };
}

export function categoryOptions(policy: TierPolicy = DEFAULT_TIER_POLICY): CategoryOption[] {
  return CATEGORIES.map((key) => categoryOption(key, policy));
}

export function categoryGroups(policy: TierPolicy = DEFAULT_TIER_POLICY): CategoryGroup[] {
  const options = categoryOptions(policy);
  return TIERS.map((tier) => ({ tier, promise: tierPromise(tier, policy), options: options.filter((o) => o.tier === tier) })).filter(
    (g) => g.options.length > 0,
  );
}

/** What the resident is told while she types: how her appeal will be handled, and why. */
export interface TriageHint {
  tier: Tier;
  /** The category the appeal will be filed under (hers, or the one the text suggests). */
  category: Category;
  promise: string;
  /** e.g. 将按「紧急：30分钟内处置」办理 */
  line: string;
  /** Why, in her words: 内容提到「煤气味」 / 所选类别「燃气」. */
  reason: string;
  /** A category the text suggests when she has not chosen one (or chose 其他). */
  suggestedCategory: Category | null;
}

/**
 * The live hint under the text box, from the same triage rules the server applies on filing.
 * Null while there is nothing to go on (no text and no category).
 */
export function triageHint(text: string, chosen: Category | null, policy: TierPolicy = DEFAULT_TIER_POLICY): TriageHint | null {
  const trimmed = text.trim();
  if (!trimmed && !chosen) return null;
  const proposal = proposeTriage(trimmed, chosen, policy);
  const promise = tierPromise(proposal.tier, policy);
  const undecided = !chosen || chosen === 'other';
  let reason: string;
  if (proposal.reason.keyword) reason = `内容提到「${proposal.reason.keyword}」`;
  else if (!undecided) reason = `所选类别「${CATEGORY_INFO[proposal.category].label}」`;
  else if (proposal.category !== 'other') reason = `内容像是「${CATEGORY_INFO[proposal.category].label}」方面的问题`;
  else reason = '还没有选择问题类别';
  const suggestedCategory = undecided && proposal.category !== 'other' ? proposal.category : null;
  return { tier: proposal.tier, category: proposal.category, promise, line: `将按「${promise}」办理`, reason, suggestedCategory };
}

const UTILITY_LINES: Partial<Record<Category, string>> = { water: 'water', plumbing: 'water', power: 'power', gas: 'gas', heating: 'heating' };

/**
 * Numbers worth calling at once, beside filing: in an emergency the emergency services (gas: the gas
 * company's emergency line first), for water, power, gas and heating the utility's own line.
 */
export function urgentLines(tier: Tier, category: Category): ServiceLine[] {
  const pick = (keys: string[]) => keys.flatMap((k) => CITY_SERVICE_LINES.filter((l) => l.key === k));
  if (tier === 'emergency') return pick(category === 'gas' ? ['gas', 'fire'] : ['police', 'fire', 'ambulance']);
  const utility = UTILITY_LINES[category];
  return tier === 'utility' && utility ? pick([utility]) : [];
}
