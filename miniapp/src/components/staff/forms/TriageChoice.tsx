import { CATEGORIES, CATEGORY_INFO, DEFAULT_TIER_POLICY, TIERS, TIER_LABELS, type Category, type Tier } from '@lingjuli/shared';
import { Field } from '@/components/Field';
import { ChoiceChips } from '@/components/staff/ChoiceChips';

const TIER_CHOICES = TIERS.map((t) => ({ key: t, label: TIER_LABELS[t], note: DEFAULT_TIER_POLICY.tiers[t].promise.split('：')[1] }));
const CATEGORY_CHOICES = CATEGORIES.map((c) => ({ key: c, label: CATEGORY_INFO[c].label }));

/** Tier and category chips: #<prefix>-tier-<tier>, #<prefix>-category-<category>. */
export function TriageChoice({
  prefix,
  tier,
  category,
  onTier,
  onCategory,
  tierError,
  categoryError,
}: {
  prefix: string;
  tier: Tier;
  category: Category;
  onTier: (t: Tier) => void;
  onCategory: (c: Category) => void;
  tierError?: string;
  categoryError?: string;
}) {
  return (
    <>
      <Field label='级别' required error={tierError}>
        <ChoiceChips idPrefix={`${prefix}-tier`} choices={TIER_CHOICES} value={tier} onChange={(v) => v && onTier(v)} />
      </Field>
      <Field label='类别' required error={categoryError}>
        <ChoiceChips idPrefix={`${prefix}-category`} choices={CATEGORY_CHOICES} value={category} onChange={(v) => v && onCategory(v)} />
      </Field>
    </>
  );
}
