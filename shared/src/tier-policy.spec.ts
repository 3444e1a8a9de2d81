import { TIERS, type Tier } from './enums';
import { DEFAULT_TIER_POLICY, isStricterTier, strictestTier, type TierPolicy } from './tier-policy';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('DEFAULT_TIER_POLICY (docs/domain.md §5)', () => {
  it.each([
    ['emergency', 30 * MINUTE, 'resolution'],
    ['utility', 24 * HOUR, 'firstFeedback'],
    ['ordinary', 7 * DAY, 'firstFeedback'],
    ['complex', 15 * DAY, 'firstFeedback'],
  ] as const)('%s: window %d ms, deadline means %s', (tier, windowMs, meaning) => {
    expect(DEFAULT_TIER_POLICY.tiers[tier]).toEqual(expect.objectContaining({ windowMs, meaning }));
  });

  it('has exactly one rule per tier, each with a promise', () => {
    expect(Object.keys(DEFAULT_TIER_POLICY.tiers).sort()).toEqual([...TIERS].sort());
    for (const tier of TIERS) expect(DEFAULT_TIER_POLICY.tiers[tier].promise).not.toBe('');
  });

  it('warns at 80%, asks complex appeals for progress every 72 h, auto-closes after 7 days', () => {
    expect(DEFAULT_TIER_POLICY.warningFraction).toBe(0.8);
    expect(DEFAULT_TIER_POLICY.complexProgressIntervalMs).toBe(72 * HOUR);
    expect(DEFAULT_TIER_POLICY.autoCloseAfterMs).toBe(7 * DAY);
  });

  it('is versioned', () => {
    expect(DEFAULT_TIER_POLICY.version).toBe(1);
  });

  it('TIERS lists the tiers strictest first', () => {
    const windows = TIERS.map((t) => DEFAULT_TIER_POLICY.tiers[t].windowMs);
    expect(windows).toEqual([...windows].sort((a, b) => a - b));
  });
});

describe('isStricterTier', () => {
  const rank = (t: Tier) => TIERS.indexOf(t);
  const pairs = TIERS.flatMap((a) => TIERS.map((b) => [a, b, rank(a) < rank(b)] as const));

  it.each(pairs)('%s stricter than %s: %s', (a, b, expected) => {
    expect(isStricterTier(a, b)).toBe(expected);
  });

  it('follows the policy it is given', () => {
    const policy: TierPolicy = {
      ...DEFAULT_TIER_POLICY,
      tiers: { ...DEFAULT_TIER_POLICY.tiers, complex: { ...DEFAULT_TIER_POLICY.tiers.complex, windowMs: MINUTE } },
    };
    expect(isStricterTier('complex', 'emergency', policy)).toBe(true);
    expect(isStricterTier('emergency', 'complex', policy)).toBe(false);
  });
});

describe('strictestTier', () => {
  it.each([
    [['ordinary'], 'ordinary'],
    [['complex', 'ordinary'], 'ordinary'],
    [['ordinary', 'utility', 'complex'], 'utility'],
    [['complex', 'utility', 'emergency', 'ordinary'], 'emergency'],
    [['utility', 'utility'], 'utility'],
  ] as [Tier[], Tier][])('strictest of %j is %s', (tiers, expected) => {
    expect(strictestTier(tiers)).toBe(expected);
    expect(strictestTier([...tiers].reverse())).toBe(expected);
  });

  it('throws on an empty list', () => {
    expect(() => strictestTier([])).toThrow('at least one tier');
  });

  it('on a tie of windows keeps the first given', () => {
    const policy: TierPolicy = {
      ...DEFAULT_TIER_POLICY,
      tiers: { ...DEFAULT_TIER_POLICY.tiers, complex: { ...DEFAULT_TIER_POLICY.tiers.complex, windowMs: 7 * DAY } },
    };
    expect(strictestTier(['complex', 'ordinary'], policy)).toBe('complex');
    expect(strictestTier(['ordinary', 'complex'], policy)).toBe('ordinary');
  });
});
