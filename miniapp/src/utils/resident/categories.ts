import {
  CATEGORIES,
  CITY_SERVICE_LINES,
  CATEGORY_INFO,
  DEFAULT_TIER_POLICY,
  TIERS,
  filingDeadline,
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

/** What the resident is told while she types: the one deadline that applies, and a category her words suggest. */
export interface TriageHint {
  tier: Tier;
  /** The category the appeal will be filed under (hers, or the one the text suggests). */
  category: Category;
  promise: string;
  /**
   * The deadline in one sentence, with the words that changed it (shared `filingDeadline`), e.g.
   * 您描述的情况（煤气味）比「燃气」更急，将按「紧急：30分钟内处置」办理
   */
  line: string;
  /** A category the text suggests when she has not chosen one (or chose 其他). */
  suggestedCategory: Category | null;
}

/**
 * The live hint under the text box, from the same triage rules the server applies on filing.
 * Null while there is nothing to go on (no text and no category).
 */
export function triageHint(text: string, chosen: Category | null, policy: TierPolicy = DEFAULT_TIER_POLICY): TriageHint | null {
  if (!text.trim() && !chosen) return null;
  const deadline = filingDeadline(text, chosen, policy);
  const undecided = !chosen || chosen === 'other';
  const suggestedCategory = undecided && deadline.category !== 'other' ? deadline.category : null;
  return { tier: deadline.tier, category: deadline.category, promise: deadline.promise, line: deadline.text, suggestedCategory };
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
