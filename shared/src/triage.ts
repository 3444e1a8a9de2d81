import type { Level, Tier } from './enums';
import { DEFAULT_TIER_POLICY, isStricterTier, strictestTier, type TierPolicy } from './tier-policy';

export const CATEGORIES = [
  'safety',
  'water',
  'power',
  'gas',
  'heating',
  'plumbing',
  'lift',
  'sanitation',
  'greenery',
  'parking',
  'noise',
  'illegalStructure',
  'propertyManagement',
  'neighbourDispute',
  'policy',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

export interface CategoryInfo {
  label: string;
  defaultTier: Tier;
  /** The level that usually handles it; a hint for staff, not a rule. */
  usualLevel: Level;
}

export const CATEGORY_INFO: Record<Category, CategoryInfo> = {
  safety: { label: '紧急安全', defaultTier: 'emergency', usualLevel: 'community' },
  water: { label: '供水', defaultTier: 'utility', usualLevel: 'community' },
  power: { label: '供电', defaultTier: 'utility', usualLevel: 'community' },
  gas: { label: '燃气', defaultTier: 'utility', usualLevel: 'community' },
  heating: { label: '供暖', defaultTier: 'utility', usualLevel: 'community' },
  plumbing: { label: '漏水与管道', defaultTier: 'utility', usualLevel: 'community' },
  lift: { label: '电梯', defaultTier: 'ordinary', usualLevel: 'community' },
  sanitation: { label: '环境卫生与垃圾', defaultTier: 'ordinary', usualLevel: 'community' },
  greenery: { label: '绿化与树木', defaultTier: 'ordinary', usualLevel: 'community' },
  parking: { label: '停车', defaultTier: 'ordinary', usualLevel: 'community' },
  noise: { label: '噪音与施工扰民', defaultTier: 'ordinary', usualLevel: 'community' },
  illegalStructure: { label: '私搭乱建', defaultTier: 'ordinary', usualLevel: 'street' },
  propertyManagement: { label: '物业管理', defaultTier: 'ordinary', usualLevel: 'community' },
  neighbourDispute: { label: '邻里纠纷', defaultTier: 'ordinary', usualLevel: 'community' },
  policy: { label: '政策咨询', defaultTier: 'ordinary', usualLevel: 'community' },
  other: { label: '其他', defaultTier: 'ordinary', usualLevel: 'community' },
};

/** A keyword rule over the appeal text. A rule with a tier raises the tier; every rule suggests a category. */
export interface TriageRule {
  id: string;
  keywords: readonly string[];
  category: Category;
  tier?: Tier;
}

/** Order matters only between rules of the same tier: the first match wins. */
export const TRIAGE_RULES: readonly TriageRule[] = [
  { id: 'gas-leak', keywords: ['燃气泄漏', '煤气泄漏', '天然气泄漏', '闻到煤气', '闻到燃气', '煤气味', '燃气味'], category: 'gas', tier: 'emergency' },
  { id: 'fire', keywords: ['着火', '起火', '失火', '火灾', '冒烟', '爆炸'], category: 'safety', tier: 'emergency' },
  { id: 'trapped', keywords: ['被困', '困在', '关在电梯'], category: 'safety', tier: 'emergency' },
  {
    id: 'danger-to-life',
    keywords: ['触电', '坍塌', '倒塌', '塌了', '晕倒', '昏迷', '轻生', '跳楼', '持刀', '打架', '斗殴', '砸伤'],
    category: 'safety',
    tier: 'emergency',
  },
  { id: 'lift-installation', keywords: ['加装电梯', '装电梯', '增设电梯'], category: 'lift', tier: 'complex' },
  { id: 'renovation', keywords: ['老旧小区改造', '综合整治', '拆除重建'], category: 'other', tier: 'complex' },
  { id: 'water-outage', keywords: ['停水', '没水', '断水', '水压低', '水压小', '水发黄', '水浑浊'], category: 'water', tier: 'utility' },
  { id: 'power-outage', keywords: ['停电', '没电', '断电', '跳闸'], category: 'power', tier: 'utility' },
  { id: 'gas-outage', keywords: ['停气', '没气', '断气', '打不着火'], category: 'gas', tier: 'utility' },
  { id: 'heating-outage', keywords: ['停暖', '暖气不热', '不供暖', '暖气不暖', '没暖气', '不热'], category: 'heating', tier: 'utility' },
  { id: 'leak', keywords: ['漏水', '渗水', '爆管', '水管破裂', '跑水', '管道堵塞', '下水道堵'], category: 'plumbing', tier: 'utility' },
  { id: 'lift', keywords: ['电梯'], category: 'lift' },
  { id: 'rubbish', keywords: ['垃圾', '脏乱', '卫生', '异味', '老鼠', '蟑螂'], category: 'sanitation' },
  { id: 'trees', keywords: ['树', '绿化', '草坪', '枝'], category: 'greenery' },
  { id: 'parking', keywords: ['停车', '地锁', '占车位', '车位', '乱停'], category: 'parking' },
  { id: 'noise', keywords: ['噪音', '扰民', '施工', '吵'], category: 'noise' },
  { id: 'illegal-structure', keywords: ['私搭乱建', '违建', '违章建筑', '私自搭建', '搭建'], category: 'illegalStructure' },
  { id: 'property', keywords: ['物业'], category: 'propertyManagement' },
  { id: 'neighbours', keywords: ['邻居', '纠纷', '矛盾'], category: 'neighbourDispute' },
  { id: 'policy', keywords: ['政策', '咨询', '怎么办理', '如何办理', '补贴', '申请'], category: 'policy' },
];

export interface TriageReason {
  /** The rule that decided the tier, or null when the category's default did. */
  ruleId: string | null;
  keyword: string | null;
  /** Shown to staff, e.g. 关键词「漏水」→ 水电气热. */
  text: string;
}

export interface TriageProposal {
  category: Category;
  tier: Tier;
  reason: TriageReason;
}

const TIER_WORDS: Record<Tier, string> = {
  emergency: '紧急',
  utility: '水电气热',
  ordinary: '一般',
  complex: '复杂疑难',
};

interface Match {
  rule: TriageRule;
  keyword: string;
}

function occurrences(text: string, keyword: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(keyword); i !== -1; i = text.indexOf(keyword, i + 1)) at.push(i);
  return at;
}

function firstMatches(text: string, rules: readonly TriageRule[]): Match[] {
  const hits = rules.flatMap((r) => r.keywords.flatMap((keyword) => occurrences(text, keyword).map((at) => ({ keyword, at }))));
  // An occurrence inside one of a longer keyword belongs to that keyword: 「着火」 in 「打不着火」 is no fire.
  const counts = (keyword: string, at: number) =>
    !hits.some((h) => h.keyword.length > keyword.length && h.at <= at && at + keyword.length <= h.at + h.keyword.length);
  const matches: Match[] = [];
  for (const rule of rules) {
    const keyword = rule.keywords.find((k) => occurrences(text, k).some((at) => counts(k, at)));
    if (keyword) matches.push({ rule, keyword });
  }
  return matches;
}

/**
 * The tier triage proposes among candidates. `ordinary` means "everything else", so any other tier says more
 * (complex too, though its window is longer); among the others the shortest window wins.
 */
function triageTier(tiers: readonly Tier[], policy: TierPolicy): Tier {
  const specific = tiers.filter((t) => t !== 'ordinary');
  return specific.length ? strictestTier(specific, policy) : 'ordinary';
}

/**
 * Proposes a tier and a category from the text and the category the filer chose (docs/domain.md §5.4):
 * the chosen category stands unless it is missing or "other"; the tier is the strictest of the
 * category's default and every keyword rule's tier (ordinary, meaning "everything else", yields to
 * complex), and the reason names what decided it.
 */
export function proposeTriage(text: string, chosen?: Category | null, policy: TierPolicy = DEFAULT_TIER_POLICY): TriageProposal {
  const matches = firstMatches(text, TRIAGE_RULES);
  const tiered = matches.filter((m) => m.rule.tier !== undefined);

  const ruleTier = tiered.length
    ? triageTier(
        tiered.map((m) => m.rule.tier as Tier),
        policy,
      )
    : null;
  // The first match of the winning rule tier: it suggests the category, and decides the tier when it wins.
  const lead = tiered.find((m) => m.rule.tier === ruleTier);

  const category: Category = chosen && chosen !== 'other' ? chosen : (lead?.rule.category ?? matches[0]?.rule.category ?? 'other');

  const categoryTier = CATEGORY_INFO[category].defaultTier;
  const tier = ruleTier ? triageTier([categoryTier, ruleTier], policy) : categoryTier;

  // A rule decides when it is at least as strict as the category's default; ties go to the rule, which says more.
  const decisive = ruleTier === tier ? lead : undefined;
  const reason: TriageReason = decisive
    ? {
        ruleId: decisive.rule.id,
        keyword: decisive.keyword,
        text: `关键词「${decisive.keyword}」→ ${TIER_WORDS[tier]}`,
      }
    : { ruleId: null, keyword: null, text: `类别「${CATEGORY_INFO[category].label}」默认 → ${TIER_WORDS[tier]}` };

  return { category, tier, reason };
}

/** The one deadline a resident is told while she files, and why, in one sentence. */
export interface FilingDeadline {
  tier: Tier;
  /** The category the appeal will be filed under (hers, or the one her words suggest). */
  category: Category;
  /** The tier's promise, e.g. 紧急：30分钟内处置. */
  promise: string;
  /** The words that set a tier other than her chosen category's own; null when the category's stands or she chose none. */
  changedBy: string | null;
  /** e.g. 将按「水电气热：24小时内反馈」办理 / 您描述的情况（煤气味）比「燃气」更急，将按「紧急：30分钟内处置」办理 */
  text: string;
}

/**
 * What deadline applies while she files: her category's promise, unless her words call for another tier
 * (the same `proposeTriage` the server applies on filing); then one sentence names the words, so she
 * is never shown two deadlines.
 */
export function filingDeadline(text: string, chosen?: Category | null, policy: TierPolicy = DEFAULT_TIER_POLICY): FilingDeadline {
  const proposal = proposeTriage(text.trim(), chosen, policy);
  const { tier, category } = proposal;
  const promise = policy.tiers[tier].promise;
  const keyword = proposal.reason.keyword;
  const decided = chosen && chosen !== 'other';
  const own = CATEGORY_INFO[category].defaultTier;
  const changedBy = decided && keyword && tier !== own ? keyword : null;
  const will = `将按「${promise}」办理`;
  let sentence = will;
  if (changedBy && isStricterTier(tier, own, policy)) sentence = `您描述的情况（${changedBy}）比「${CATEGORY_INFO[category].label}」更急，${will}`;
  else if (changedBy || (!decided && keyword)) sentence = `您描述的情况（${keyword}）${will}`;
  return { tier, category, promise, changedBy, text: sentence };
}
