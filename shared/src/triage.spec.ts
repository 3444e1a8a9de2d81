import { LEVELS, TIERS, type Tier } from './enums';
import { TIER_LABELS } from './labels';
import { CATEGORIES, CATEGORY_INFO, TRIAGE_RULES, filingDeadline, proposeTriage, type Category, type TriageProposal } from './triage';
import { DEFAULT_TIER_POLICY } from './tier-policy';

/** The proposal a single keyword rule should make on its own. */
const byRule = (category: Category, tier: Tier, ruleId: string, keyword: string): TriageProposal => ({
  category,
  tier,
  reason: { ruleId, keyword, text: `关键词「${keyword}」→ ${TIER_LABELS[tier]}` },
});

/** The proposal when no rule decides and the category's default tier stands. */
const byCategory = (category: Category): TriageProposal => {
  const { label, defaultTier } = CATEGORY_INFO[category];
  return { category, tier: defaultTier, reason: { ruleId: null, keyword: null, text: `类别「${label}」默认 → ${TIER_LABELS[defaultTier]}` } };
};

describe('proposeTriage: the keyword examples', () => {
  it.each([
    ['楼道里燃气泄漏了，味道很大', 'gas', 'emergency', 'gas-leak', '燃气泄漏'],
    ['3号楼厨房着火了', 'safety', 'emergency', 'fire', '着火'],
    ['有老人被困在家里出不来', 'safety', 'emergency', 'trapped', '被困'],
    ['小区从早上开始停水', 'water', 'utility', 'water-outage', '停水'],
    ['整栋楼停电了', 'power', 'utility', 'power-outage', '停电'],
    ['家里停气了，没法做饭', 'gas', 'utility', 'gas-outage', '停气'],
    ['暖气片冰凉，停暖两天了', 'heating', 'utility', 'heating-outage', '停暖'],
    ['电闸总是跳闸', 'power', 'utility', 'power-outage', '跳闸'],
    ['楼上漏水到我家', 'plumbing', 'utility', 'leak', '漏水'],
    ['我们楼想加装电梯', 'lift', 'complex', 'lift-installation', '加装电梯'],
    ['希望尽快老旧小区改造', 'other', 'complex', 'renovation', '老旧小区改造'],
  ] as [string, Category, Tier, string, string][])('%s → %s / %s by rule %s (「%s」)', (text, category, tier, ruleId, keyword) => {
    expect(proposeTriage(text)).toEqual(byRule(category, tier, ruleId, keyword));
  });

  it('the reason shown to staff names the matched keyword and the tier', () => {
    expect(proposeTriage('楼上漏水到我家').reason.text).toBe('关键词「漏水」→ 水电气热');
  });
});

describe('proposeTriage: every keyword on its own triggers its rule', () => {
  const cases = TRIAGE_RULES.flatMap((rule) => rule.keywords.map((keyword) => [rule.id, keyword, rule] as const));

  it.each(cases)('%s: 「%s」', (_id, keyword, rule) => {
    const proposal = proposeTriage(`居民反映：${keyword}。`);
    expect(proposal.category).toBe(rule.category);
    if (rule.tier) expect(proposal).toEqual(byRule(rule.category, rule.tier, rule.id, keyword));
    else expect(proposal).toEqual(byCategory(rule.category));
  });
});

describe('proposeTriage: category', () => {
  it('the chosen category wins over the text', () => {
    expect(proposeTriage('小区停水了', 'propertyManagement').category).toBe('propertyManagement');
  });

  it("'other' or no choice leaves the category to the text", () => {
    for (const chosen of ['other', null, undefined] as const) expect(proposeTriage('小区停水了', chosen).category).toBe('water');
  });

  it('an untiered keyword still suggests a category', () => {
    expect(proposeTriage('单元门口垃圾堆了一周')).toEqual(byCategory('sanitation'));
  });

  it('a tiered rule suggests the category before an untiered one', () => {
    expect(proposeTriage('物业不管，楼上漏水').category).toBe('plumbing');
  });

  it('between untiered rules the first in the table wins', () => {
    expect(proposeTriage('物业不管门口的垃圾').category).toBe('sanitation');
  });

  it('the category comes from the rule that decides the tier, not from table order across tiers', () => {
    expect(proposeTriage('加装电梯施工期间停电了')).toEqual(byRule('power', 'utility', 'power-outage', '停电'));
  });

  it('no keyword and no category → other / ordinary, named as the category default', () => {
    const proposal = proposeTriage('想反映一个情况');
    expect(proposal).toEqual(byCategory('other'));
    expect(proposal.reason.text).toBe('类别「其他」默认 → 一般');
  });

  it('empty text with a chosen category → that category and its default tier', () => {
    expect(proposeTriage('', 'heating')).toEqual(byCategory('heating'));
  });
});

describe('proposeTriage: tier', () => {
  it("chosen 'lift' + 有人被困在电梯里 → category lift, tier emergency by rule trapped", () => {
    expect(proposeTriage('有人被困在电梯里', 'lift')).toEqual(byRule('lift', 'emergency', 'trapped', '被困'));
  });

  it("chosen 'lift' + 加装电梯 → complex by rule, over the category's ordinary default", () => {
    expect(proposeTriage('加装电梯的事情', 'lift')).toEqual(byRule('lift', 'complex', 'lift-installation', '加装电梯'));
  });

  it('a stricter category default beats a keyword rule, and the reason names the category', () => {
    expect(proposeTriage('停水了，还有人晕倒', 'safety').tier).toBe('emergency');
    expect(proposeTriage('楼下停水', 'safety')).toEqual(byCategory('safety'));
  });

  it('a category default that ties with the rule lets the rule give the reason', () => {
    expect(proposeTriage('楼下停水', 'water')).toEqual(byRule('water', 'utility', 'water-outage', '停水'));
  });

  it('a utility category default is not loosened by a complex keyword', () => {
    expect(proposeTriage('加装电梯', 'water')).toEqual(byCategory('water'));
  });

  it('the strictest of several keyword rules wins', () => {
    expect(proposeTriage('停电以后电线冒烟')).toEqual(byRule('safety', 'emergency', 'fire', '冒烟'));
    expect(proposeTriage('老旧小区改造以后经常停水')).toEqual(byRule('water', 'utility', 'water-outage', '停水'));
  });

  it('among rules of one tier the first in the table gives the reason', () => {
    expect(proposeTriage('停电了，也停水了')).toEqual(byRule('water', 'utility', 'water-outage', '停水'));
  });

  it('within a rule the first listed keyword that occurs is reported', () => {
    expect(proposeTriage('他困在里面，被困很久').reason.keyword).toBe('被困');
  });

  it('a keyword inside a longer keyword of another rule counts for that rule only (打不着火 is not a fire)', () => {
    expect(proposeTriage('燃气灶打不着火')).toEqual(byRule('gas', 'utility', 'gas-outage', '打不着火'));
    expect(proposeTriage('燃气灶打不着火，后来厨房着火了')).toEqual(byRule('safety', 'emergency', 'fire', '着火'));
  });

  it('every chosen category without matching text gets its default tier', () => {
    for (const category of CATEGORIES) expect(proposeTriage('无关内容', category)).toEqual(byCategory(category));
  });
});

describe('CATEGORY_INFO and TRIAGE_RULES', () => {
  it('every category has info, and nothing else does', () => {
    expect(Object.keys(CATEGORY_INFO).sort()).toEqual([...CATEGORIES].sort());
  });

  it.each(CATEGORIES)('%s: label, default tier and usual level are valid', (category) => {
    const info = CATEGORY_INFO[category];
    expect(info.label.trim()).not.toBe('');
    expect(TIERS).toContain(info.defaultTier);
    expect(LEVELS).toContain(info.usualLevel);
  });

  it('category labels are distinct', () => {
    const labels = CATEGORIES.map((c) => CATEGORY_INFO[c].label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('rule ids are unique', () => {
    const ids = TRIAGE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(TRIAGE_RULES.map((r) => [r.id, r] as const))('%s: keywords non-empty, category and tier valid', (_id, rule) => {
    expect(rule.keywords.length).toBeGreaterThan(0);
    for (const k of rule.keywords) expect(k.trim()).toBe(k);
    for (const k of rule.keywords) expect(k).not.toBe('');
    expect(new Set(rule.keywords).size).toBe(rule.keywords.length);
    expect(CATEGORIES).toContain(rule.category);
    if (rule.tier !== undefined) expect(TIERS).toContain(rule.tier);
  });

  it('rules of one tier are listed together (order matters only within a tier)', () => {
    const tiers = TRIAGE_RULES.map((r) => r.tier ?? 'none');
    const runs = tiers.filter((t, i) => i === 0 || t !== tiers[i - 1]);
    expect(new Set(runs).size).toBe(runs.length);
  });
});

describe('filingDeadline: one deadline, explained once', () => {
  it("is the chosen category's promise when the words say nothing stricter", () => {
    expect(filingDeadline('', 'gas')).toEqual({
      tier: 'utility',
      category: 'gas',
      promise: '水电气热：24小时内反馈',
      changedBy: null,
      text: '将按「水电气热：24小时内反馈」办理',
    });
    // A keyword of the same tier changes nothing she needs to hear.
    expect(filingDeadline('家里停气了', 'gas')).toMatchObject({ tier: 'utility', changedBy: null, text: '将按「水电气热：24小时内反馈」办理' });
  });

  it('says in one sentence when her words make it stricter than her category', () => {
    expect(filingDeadline('楼道里有很重的煤气味', 'gas')).toEqual({
      tier: 'emergency',
      category: 'gas',
      promise: '紧急：30分钟内处置',
      changedBy: '煤气味',
      text: '您描述的情况（煤气味）比「燃气」更急，将按「紧急：30分钟内处置」办理',
    });
    expect(filingDeadline('楼上漏水到我家', 'noise').text).toBe('您描述的情况（漏水）比「噪音与施工扰民」更急，将按「水电气热：24小时内反馈」办理');
  });

  it('names the words, without "更急", when they move it to a longer tier (complex)', () => {
    expect(filingDeadline('我们楼想加装电梯', 'lift')).toMatchObject({
      tier: 'complex',
      changedBy: '加装电梯',
      text: '您描述的情况（加装电梯）将按「复杂疑难：15天内反馈，每72小时公开进展」办理',
    });
  });

  it('without a chosen category, the words decide, else the general promise', () => {
    expect(filingDeadline('厨房水管漏水了', null)).toMatchObject({
      tier: 'utility',
      category: 'plumbing',
      changedBy: null,
      text: '您描述的情况（漏水）将按「水电气热：24小时内反馈」办理',
    });
    expect(filingDeadline('想问一下', 'other')).toMatchObject({ tier: 'ordinary', text: '将按「一般诉求：7天内反馈」办理' });
  });

  it('follows the policy it is given', () => {
    const policy = {
      ...DEFAULT_TIER_POLICY,
      tiers: { ...DEFAULT_TIER_POLICY.tiers, emergency: { ...DEFAULT_TIER_POLICY.tiers.emergency, promise: '紧急：20分钟内处置' } },
    };
    expect(filingDeadline('闻到煤气', 'gas', policy).text).toBe('您描述的情况（闻到煤气）比「燃气」更急，将按「紧急：20分钟内处置」办理');
  });
});
