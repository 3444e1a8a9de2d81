import { autoCloseAt, cappedByCity, deadlineAfterTierChange, initialDeadline, isBreached, isMet, nextProgressDue, type TierChange } from './deadline';
import { TIERS, type Tier } from './enums';
import { DEFAULT_TIER_POLICY, type TierPolicy } from './tier-policy';

/** An instant written as Asia/Shanghai wall-clock time (UTC+8, no DST), e.g. bj('2026-03-02T10:00:00'). */
const bj = (local: string): Date => new Date(`${local}+08:00`);

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const plus = (at: Date, ms: number): Date => new Date(at.getTime() + ms);

/** 20% of a tier's window: the warning fires this long before the deadline. */
const warnLead = (tier: Tier, policy: TierPolicy = DEFAULT_TIER_POLICY): number => Math.round(policy.tiers[tier].windowMs * 0.2);

describe('initialDeadline', () => {
  it('emergency received 10:00:00 is due 10:30:00.000 and warns at 10:24:00', () => {
    const { dueAt, warnAt } = initialDeadline('emergency', bj('2026-03-02T10:00:00'));
    expect(dueAt).toEqual(bj('2026-03-02T10:30:00.000'));
    expect(dueAt.toISOString()).toBe('2026-03-02T02:30:00.000Z');
    expect(warnAt).toEqual(bj('2026-03-02T10:24:00.000'));
  });

  it('utility received the evening before Spring Festival is due exactly 24 h later (natural time, no holidays)', () => {
    const { dueAt, warnAt } = initialDeadline('utility', bj('2026-02-16T20:00:00'));
    expect(dueAt).toEqual(bj('2026-02-17T20:00:00'));
    expect(warnAt).toEqual(bj('2026-02-17T15:12:00'));
  });

  it('ordinary received 30 Sep 09:00 is due 7 Oct 09:00, straight through the National Day holiday', () => {
    const { dueAt, warnAt } = initialDeadline('ordinary', bj('2026-09-30T09:00:00'));
    expect(dueAt).toEqual(bj('2026-10-07T09:00:00'));
    expect(warnAt).toEqual(bj('2026-10-05T23:24:00'));
  });

  it('complex is due after 15 days and warns 3 days before', () => {
    const { dueAt, warnAt } = initialDeadline('complex', bj('2026-03-02T10:00:00'));
    expect(dueAt).toEqual(bj('2026-03-17T10:00:00'));
    expect(warnAt).toEqual(bj('2026-03-14T10:00:00'));
  });

  it.each([
    ['emergency', 30 * MINUTE],
    ['utility', 24 * HOUR],
    ['ordinary', 7 * DAY],
    ['complex', 15 * DAY],
  ] as const)('%s: due = start + %d ms, warning at 80%% of the window', (tier, windowMs) => {
    const start = bj('2026-06-15T08:17:23.456');
    const { dueAt, warnAt } = initialDeadline(tier, start);
    expect(dueAt.getTime() - start.getTime()).toBe(windowMs);
    expect(warnAt.getTime() - start.getTime()).toBe(windowMs * 0.8);
  });

  it('a reopen starts a fresh cycle counted from the reopen time', () => {
    expect(initialDeadline('ordinary', bj('2026-04-01T15:00:00')).dueAt).toEqual(bj('2026-04-08T15:00:00'));
  });

  it('follows the policy it is given', () => {
    const policy: TierPolicy = {
      ...DEFAULT_TIER_POLICY,
      tiers: { ...DEFAULT_TIER_POLICY.tiers, emergency: { ...DEFAULT_TIER_POLICY.tiers.emergency, windowMs: HOUR } },
      warningFraction: 0.5,
    };
    const { dueAt, warnAt } = initialDeadline('emergency', bj('2026-03-02T10:00:00'), policy);
    expect(dueAt).toEqual(bj('2026-03-02T11:00:00'));
    expect(warnAt).toEqual(bj('2026-03-02T10:30:00'));
  });

  it('does not mutate the start date', () => {
    const start = bj('2026-03-02T10:00:00');
    initialDeadline('utility', start);
    expect(start).toEqual(bj('2026-03-02T10:00:00'));
  });
});

describe('isBreached / isMet', () => {
  const due = bj('2026-03-02T10:30:00.000');

  it.each([
    ['1 ms before due', false, -1],
    ['exactly at due', false, 0],
    ['1 ms after due', true, 1],
    ['a day after due', true, DAY],
  ])('now %s: breached = %s', (_label, breached, offsetMs) => {
    const now = plus(due, offsetMs);
    expect(isBreached(due, now)).toBe(breached);
    expect(isMet(due, now)).toBe(!breached);
  });
});

describe('nextProgressDue (complex appeals)', () => {
  it('is 72 h after the last public progress note', () => {
    expect(nextProgressDue(bj('2026-03-02T10:00:00'))).toEqual(bj('2026-03-05T10:00:00'));
  });

  it('follows the policy interval', () => {
    const policy = { ...DEFAULT_TIER_POLICY, complexProgressIntervalMs: 48 * HOUR };
    expect(nextProgressDue(bj('2026-03-02T10:00:00'), policy)).toEqual(bj('2026-03-04T10:00:00'));
  });
});

describe('autoCloseAt', () => {
  it('is 7 days after feedback', () => {
    expect(autoCloseAt(bj('2026-03-02T10:00:00'))).toEqual(bj('2026-03-09T10:00:00'));
  });

  it('follows the policy', () => {
    const policy = { ...DEFAULT_TIER_POLICY, autoCloseAfterMs: 3 * DAY };
    expect(autoCloseAt(bj('2026-03-02T10:00:00'), policy)).toEqual(bj('2026-03-05T10:00:00'));
  });
});

describe('deadlineAfterTierChange', () => {
  /** A change on an appeal received at `startAt`, whose deadline so far is the `from` tier's initial one. */
  const change = (from: Tier, to: Tier, startAt: Date, changedAt: Date): TierChange => ({
    from,
    to,
    startAt,
    changedAt,
    currentDueAt: initialDeadline(from, startAt).dueAt,
  });

  it('stricter: ordinary → emergency at 10:00 on an appeal received days earlier is due 10:30', () => {
    const { dueAt, warnAt } = deadlineAfterTierChange(change('ordinary', 'emergency', bj('2026-02-27T09:00:00'), bj('2026-03-02T10:00:00')));
    expect(dueAt).toEqual(bj('2026-03-02T10:30:00'));
    expect(warnAt).toEqual(bj('2026-03-02T10:24:00'));
  });

  it('stricter: keeps the old due when it is sooner than change + new window (min rule)', () => {
    // Ordinary received 1 Mar 10:00 is due 8 Mar 10:00; made utility on 7 Mar 20:00, change + 24 h would be 8 Mar 20:00.
    const { dueAt, warnAt } = deadlineAfterTierChange(change('ordinary', 'utility', bj('2026-03-01T10:00:00'), bj('2026-03-07T20:00:00')));
    expect(dueAt).toEqual(bj('2026-03-08T10:00:00'));
    expect(warnAt).toEqual(bj('2026-03-08T05:12:00'));
  });

  it('stricter: an already-tightened deadline is never loosened by a further stricter change', () => {
    const { dueAt } = deadlineAfterTierChange({
      from: 'utility',
      to: 'emergency',
      startAt: bj('2026-03-01T10:00:00'),
      currentDueAt: bj('2026-03-02T10:10:00'),
      changedAt: bj('2026-03-02T10:00:00'),
    });
    expect(dueAt).toEqual(bj('2026-03-02T10:10:00'));
  });

  it('looser: emergency → ordinary is due at start + 7 days', () => {
    const { dueAt, warnAt } = deadlineAfterTierChange(change('emergency', 'ordinary', bj('2026-03-02T10:00:00'), bj('2026-03-02T10:20:00')));
    expect(dueAt).toEqual(bj('2026-03-09T10:00:00'));
    expect(warnAt).toEqual(bj('2026-03-08T00:24:00'));
  });

  it('looser: counts from the start of the current cycle (a reopen), not from receipt or the change', () => {
    const reopenedAt = bj('2026-03-10T09:00:00');
    const { dueAt } = deadlineAfterTierChange({
      from: 'utility',
      to: 'complex',
      startAt: reopenedAt,
      currentDueAt: bj('2026-03-11T09:00:00'),
      changedAt: bj('2026-03-10T18:00:00'),
    });
    expect(dueAt).toEqual(bj('2026-03-25T09:00:00'));
  });

  it.each(TIERS)('same tier (%s → itself) keeps the due', (tier) => {
    const current = bj('2026-03-05T12:34:56.789');
    const { dueAt, warnAt } = deadlineAfterTierChange({
      from: tier,
      to: tier,
      startAt: bj('2026-03-01T10:00:00'),
      currentDueAt: current,
      changedAt: bj('2026-03-02T10:00:00'),
    });
    expect(dueAt).toEqual(current);
    expect(warnAt).toEqual(plus(current, -warnLead(tier)));
  });

  it('a different tier with the same window keeps the due', () => {
    const policy: TierPolicy = {
      ...DEFAULT_TIER_POLICY,
      tiers: { ...DEFAULT_TIER_POLICY.tiers, complex: { ...DEFAULT_TIER_POLICY.tiers.complex, windowMs: 7 * DAY } },
    };
    const current = bj('2026-03-08T10:00:00');
    const { dueAt } = deadlineAfterTierChange(
      {
        from: 'ordinary',
        to: 'complex',
        startAt: bj('2026-03-01T10:00:00'),
        currentDueAt: current,
        changedAt: bj('2026-03-03T10:00:00'),
      },
      policy,
    );
    expect(dueAt).toEqual(current);
  });

  const pairs = TIERS.flatMap((from) => TIERS.map((to) => [from, to] as const));
  it.each(pairs)('%s → %s: warnAt is dueAt - 20%% of the new tier window', (from, to) => {
    const startAt = bj('2026-03-01T10:00:00');
    for (const changedAt of [plus(startAt, 5 * MINUTE), plus(startAt, 20 * HOUR), plus(startAt, 6 * DAY)]) {
      const { dueAt, warnAt } = deadlineAfterTierChange(change(from, to, startAt, changedAt));
      expect(dueAt.getTime() - warnAt.getTime()).toBe(warnLead(to));
    }
  });

  it.each(pairs)('%s → %s: due follows the rule of docs/domain.md §5.3', (from, to) => {
    const window = (t: Tier) => DEFAULT_TIER_POLICY.tiers[t].windowMs;
    const startAt = bj('2026-03-01T10:00:00');
    const changedAt = bj('2026-03-01T10:10:00');
    const c = change(from, to, startAt, changedAt);
    const expected =
      window(to) < window(from)
        ? Math.min(c.currentDueAt.getTime(), changedAt.getTime() + window(to))
        : window(to) > window(from)
          ? startAt.getTime() + window(to)
          : c.currentDueAt.getTime();
    expect(deadlineAfterTierChange(c).dueAt.getTime()).toBe(expected);
  });
});

describe('a 12345 work order with the city deadline', () => {
  const receivedAt = bj('2026-03-01T10:00:00');
  const ordinary = initialDeadline('ordinary', receivedAt);

  it("is due by the city's deadline when it is stricter, warned at the tier's share of the window before it", () => {
    const cityDueAt = bj('2026-03-01T18:00:00');
    const capped = cappedByCity(ordinary, 'ordinary', cityDueAt);
    expect(capped.dueAt).toEqual(cityDueAt);
    expect(capped.dueAt.getTime() - capped.warnAt.getTime()).toBe(ordinary.dueAt.getTime() - ordinary.warnAt.getTime());
  });

  it("keeps the tier's deadline when the city's is looser or absent", () => {
    expect(cappedByCity(ordinary, 'ordinary', bj('2026-03-10T10:00:00'))).toBe(ordinary);
    expect(cappedByCity(ordinary, 'ordinary', null)).toBe(ordinary);
  });
});
