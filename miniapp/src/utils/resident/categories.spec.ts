import { CATEGORIES, DEFAULT_TIER_POLICY } from '@lingjuli/shared';
import { categoryGroups, categoryOption, categoryOptions, tierPromise, triageHint, urgentLines } from '@/utils/resident/categories';

describe('category picker', () => {
  it('shows each category with its tier in plain words', () => {
    expect(categoryOption('gas').text).toBe('燃气 — 水电气热：24小时内反馈');
    expect(categoryOption('safety').text).toBe('紧急安全 — 紧急：30分钟内处置');
    expect(categoryOption('noise').promise).toBe('一般诉求：7天内反馈');
    expect(categoryOptions().map((o) => o.key)).toEqual([...CATEGORIES]);
  });

  it('groups categories under their tier, strictest first, leaving out empty tiers', () => {
    const groups = categoryGroups();
    expect(groups.map((g) => g.tier)).toEqual(['emergency', 'utility', 'ordinary']);
    expect(groups[0].promise).toBe('紧急：30分钟内处置');
    expect(groups[1].options.map((o) => o.key)).toEqual(['water', 'power', 'gas', 'heating', 'plumbing']);
    expect(groups.flatMap((g) => g.options)).toHaveLength(CATEGORIES.length);
  });

  it('follows the policy it is given', () => {
    const policy = {
      ...DEFAULT_TIER_POLICY,
      tiers: { ...DEFAULT_TIER_POLICY.tiers, utility: { ...DEFAULT_TIER_POLICY.tiers.utility, promise: '水电气热：12小时内反馈' } },
    };
    expect(tierPromise('utility', policy)).toBe('水电气热：12小时内反馈');
    expect(categoryOption('water', policy).text).toBe('供水 — 水电气热：12小时内反馈');
  });
});

describe('live triage hint', () => {
  it('says nothing before there is anything to go on', () => {
    expect(triageHint('', null)).toBeNull();
    expect(triageHint('   ', null)).toBeNull();
  });

  it('gives one deadline, saying in the same sentence when her words make it stricter than her category', () => {
    expect(triageHint('楼道里有很重的煤气味', 'gas')).toEqual({
      tier: 'emergency',
      category: 'gas',
      promise: '紧急：30分钟内处置',
      line: '您描述的情况（煤气味）比「燃气」更急，将按「紧急：30分钟内处置」办理',
      suggestedCategory: null,
    });
  });

  it("gives the chosen category's deadline when the words change nothing", () => {
    expect(triageHint('', 'heating')?.line).toBe('将按「水电气热：24小时内反馈」办理');
    expect(triageHint('暖气片冰凉，停暖两天了', 'heating')?.line).toBe('将按「水电气热：24小时内反馈」办理');
  });

  it('suggests a category from the text when none is chosen', () => {
    const hint = triageHint('厨房水管漏水了', null);
    expect(hint?.tier).toBe('utility');
    expect(hint?.suggestedCategory).toBe('plumbing');
    expect(hint?.line).toBe('您描述的情况（漏水）将按「水电气热：24小时内反馈」办理');
    expect(triageHint('小区垃圾没人清', 'other')).toMatchObject({ tier: 'ordinary', suggestedCategory: 'sanitation', line: '将按「一般诉求：7天内反馈」办理' });
  });

  it('keeps the chosen category even when the text suggests another', () => {
    expect(triageHint('电梯坏了', 'propertyManagement')?.suggestedCategory).toBeNull();
  });

  it('suggests nothing when no category is chosen and nothing matched', () => {
    expect(triageHint('想问一下', null)).toMatchObject({ tier: 'ordinary', line: '将按「一般诉求：7天内反馈」办理', suggestedCategory: null });
  });

  it('shows the complex promise for a lift installation', () => {
    expect(triageHint('我们楼想加装电梯', 'lift')?.line).toBe('您描述的情况（加装电梯）将按「复杂疑难：15天内反馈，每72小时公开进展」办理');
  });
});

describe('numbers to call at once', () => {
  const phones = (tier: Parameters<typeof urgentLines>[0], category: Parameters<typeof urgentLines>[1]) => urgentLines(tier, category).map((l) => l.phone);
  it('gives the emergency services in an emergency, the gas line first for gas', () => {
    expect(phones('emergency', 'gas')).toEqual(['96777', '119']);
    expect(phones('emergency', 'safety')).toEqual(['110', '119', '120']);
  });
  it("gives the utility's own line for water, power, gas and heating", () => {
    expect(phones('utility', 'plumbing')).toEqual(['96116']);
    expect(phones('utility', 'heating')).toEqual(['96069']);
    expect(phones('utility', 'lift')).toEqual([]);
    expect(phones('ordinary', 'noise')).toEqual([]);
  });
});
