import { Injectable } from '@nestjs/common';
import { DEFAULT_TIER_POLICY, isMet } from '@lingjuli/shared';
import type { EntityManager } from 'typeorm';
import { EventBus } from '../events/event-bus';
import { AppealDeadline, type DeadlineKind } from './entities/appeal-deadline.entity';
import type { Appeal } from './entities/appeal.entity';

/**
 * Settles an appeal's deadlines into its ledger (`appeal_deadlines`), in the transaction of the act
 * that settles them, and says so (AppealDeadlineRecorded) for the measures to count. A deadline
 * settles when it is met — the cycle's response (feedback, or resolution for an emergency), a
 * complex appeal's public progress note — or when its timer finds it passed unmet; an act that comes
 * late, before the timer (after downtime), settles it as missed. A deadline an appeal drops unsettled
 * (a tier change moves it, the appeal ends first) was never due, and is not counted.
 */
@Injectable()
export class AppealDeadlines {
  constructor(private readonly events: EventBus) {}

  /** The cycle's response came at `at`: its deadline is met (or late); a deadline already missed gets the response's time. */
  async responded(em: EntityManager, appeal: Appeal, at: Date): Promise<void> {
    const missed = await em.findOneBy(AppealDeadline, { appealId: appeal.id, kind: 'response', dueAt: appeal.dueAt });
    if (missed) {
      if (missed.respondedAt) return;
      missed.respondedAt = at;
      await em.save(missed);
      return this.publish(em, appeal, missed, { settled: false, at });
    }
    await this.settle(em, appeal, 'response', { startedAt: appeal.cycleStartedAt, dueAt: appeal.dueAt, at, metAt: at, respondedAt: at });
  }

  /** A public progress note at `at` answers the 72-hour deadline that was running (none unless the appeal is complex). */
  async progressNoted(em: EntityManager, appeal: Appeal, dueAt: Date | null, at: Date): Promise<void> {
    if (!dueAt || (await this.isSettled(em, appeal, 'progress', dueAt))) return;
    await this.settle(em, appeal, 'progress', { startedAt: progressStartedAt(dueAt), dueAt, at, metAt: at, respondedAt: null });
  }

  /** The deadline's timer found it passed unmet. */
  async missed(em: EntityManager, appeal: Appeal, kind: DeadlineKind, dueAt: Date, at: Date): Promise<void> {
    if (await this.isSettled(em, appeal, kind, dueAt)) return;
    const startedAt = kind === 'response' ? appeal.cycleStartedAt : progressStartedAt(dueAt);
    await this.settle(em, appeal, kind, { startedAt, dueAt, at, metAt: null, respondedAt: null });
  }

  private isSettled(em: EntityManager, appeal: Appeal, kind: DeadlineKind, dueAt: Date): Promise<boolean> {
    return em.existsBy(AppealDeadline, { appealId: appeal.id, kind, dueAt });
  }

  /** `metAt`: the act that settles it (null: none came, the timer settles it); `respondedAt`: the response's time, for a response. */
  private async settle(
    em: EntityManager,
    appeal: Appeal,
    kind: DeadlineKind,
    { startedAt, dueAt, at, metAt, respondedAt }: { startedAt: Date; dueAt: Date; at: Date; metAt: Date | null; respondedAt: Date | null },
  ): Promise<void> {
    const deadline = await em.save(
      em.create(AppealDeadline, {
        appealId: appeal.id,
        kind,
        tier: appeal.tier,
        category: appeal.category,
        startedAt,
        dueAt,
        met: metAt !== null && isMet(dueAt, metAt),
        settledAt: at,
        respondedAt,
      }),
    );
    await this.publish(em, appeal, deadline, { settled: true, at });
  }

  private publish(em: EntityManager, appeal: Appeal, deadline: AppealDeadline, { settled, at }: { settled: boolean; at: Date }): Promise<void> {
    return this.events.publish(em, { type: 'AppealDeadlineRecorded', appeal, deadline, settled, at });
  }
}

/** A 72-hour clock runs from the note (or the change to complex) before it. */
function progressStartedAt(dueAt: Date): Date {
  return new Date(dueAt.getTime() - DEFAULT_TIER_POLICY.complexProgressIntervalMs);
}
