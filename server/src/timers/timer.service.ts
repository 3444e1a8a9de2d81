import { Injectable } from '@nestjs/common';
import { In, IsNull, type EntityManager } from 'typeorm';
import { Timer, type TimerOwner } from './timer.entity';

/** Both null, or the same instant. */
export const sameInstant = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

/** A timer an owner should have: its kind, when it fires, and the deadline it guards. */
export interface PlannedTimer {
  kind: string;
  fireAt: Date;
  deadline: Date;
}

/**
 * Writes timer rows, always in the transaction of the change that sets or moves the deadline, so
 * rescheduling replaces rows atomically with the change and a stale timer can never fire. Generic:
 * the feature that owns a kind decides when its timers are due; what they do is the kind's handler
 * in the TimerRegistry.
 */
@Injectable()
export class TimerService {
  /**
   * Makes the owner's timers equal to the plan: missing kinds are added, a moved deadline rewrites
   * its row (version + 1, so the old one cannot fire), kinds no longer planned go. A row that fired
   * for the planned deadline stays fired.
   */
  async reconcile(em: EntityManager, owner: TimerOwner, planned: readonly PlannedTimer[], existing?: Timer[]): Promise<void> {
    const rows = existing ?? (await em.findBy(Timer, { ownerType: owner.type, ownerId: owner.id }));

    const missing = planned.filter((plan) => !rows.some((r) => r.kind === plan.kind));
    if (missing.length) {
      await em.insert(
        Timer,
        missing.map((plan) => ({ ownerType: owner.type, ownerId: owner.id, kind: plan.kind, fireAt: plan.fireAt, deadline: plan.deadline })),
      );
    }
    for (const plan of planned) {
      const row = rows.find((r) => r.kind === plan.kind);
      if (!row) continue;
      const sameDeadline = sameInstant(row.deadline, plan.deadline);
      // Fired already for this deadline: it stays fired. Pending at the right time: nothing to do.
      if (sameDeadline && (row.firedAt !== null || sameInstant(row.fireAt, plan.fireAt))) continue;
      await em.update(
        Timer,
        { id: row.id },
        { fireAt: plan.fireAt, deadline: plan.deadline, firedAt: null, version: row.version + 1, attempts: 0, lastError: null },
      );
    }
    const stale = rows.filter((r) => !planned.some((p) => p.kind === r.kind)).map((r) => r.id);
    if (stale.length) await em.delete(Timer, stale);
  }

  /** One new timer of a kind for each owner, all guarding the same deadline. */
  async schedule(em: EntityManager, ownerType: string, ownerIds: readonly number[], plan: PlannedTimer): Promise<void> {
    if (ownerIds.length === 0) return;
    await em.insert(
      Timer,
      ownerIds.map((ownerId) => ({ ownerType, ownerId, kind: plan.kind, fireAt: plan.fireAt, deadline: plan.deadline })),
    );
  }

  /** The owners' pending timers of a kind go; a fired one stays, as the record that it fired. */
  async cancelPending(em: EntityManager, ownerType: string, ownerIds: readonly number[], kind: string): Promise<void> {
    if (ownerIds.length === 0) return;
    await em.delete(Timer, { ownerType, ownerId: In([...ownerIds]), kind, firedAt: IsNull() });
  }
}
