import { Injectable } from '@nestjs/common';
import { plannedTimers } from '@lingjuli/shared';
import { In, IsNull, type EntityManager } from 'typeorm';
import type { Appeal } from '../appeals/entities/appeal.entity';
import { AppealTimer } from './appeal-timer.entity';

/** Both null, or the same instant. */
export const sameInstant = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

/**
 * Keeps an appeal's timer rows equal to what the shared `plannedTimers` says it should have. Called
 * in the transaction of every change to an appeal, so rescheduling replaces rows atomically with the
 * change and a stale timer can never fire.
 */
@Injectable()
export class TimerService {
  async syncAppeal(em: EntityManager, appeal: Appeal, existing?: AppealTimer[]): Promise<void> {
    const rows = existing ?? (await em.findBy(AppealTimer, { appealId: appeal.id }));
    const planned = plannedTimers(appeal);

    const missing = planned.filter((plan) => !rows.some((r) => r.kind === plan.kind));
    if (missing.length) {
      await em.insert(
        AppealTimer,
        missing.map((plan) => ({ appealId: appeal.id, kind: plan.kind, fireAt: plan.fireAt, deadline: plan.deadline })),
      );
    }
    for (const plan of planned) {
      const row = rows.find((r) => r.kind === plan.kind);
      if (!row) continue;
      const sameDeadline = sameInstant(row.deadline, plan.deadline);
      // Fired already for this deadline: it stays fired. Pending at the right time: nothing to do.
      if (sameDeadline && (row.firedAt !== null || sameInstant(row.fireAt, plan.fireAt))) continue;
      await em.update(
        AppealTimer,
        { id: row.id },
        { fireAt: plan.fireAt, deadline: plan.deadline, firedAt: null, version: row.version + 1, attempts: 0, lastError: null },
      );
    }
    const stale = rows.filter((r) => !planned.some((p) => p.kind === r.kind)).map((r) => r.id);
    if (stale.length) await em.delete(AppealTimer, stale);
  }

  /**
   * A whistled department's report-in deadline (报到), one timer per whistle target, written in the
   * transaction that creates the whistle. Like a breach it fires 1 ms after the deadline: reporting
   * in at the due instant itself is on time.
   */
  async scheduleWhistleReportIn(em: EntityManager, whistleTargetIds: readonly number[], deadline: Date): Promise<void> {
    if (whistleTargetIds.length === 0) return;
    const fireAt = new Date(deadline.getTime() + 1);
    await em.insert(
      AppealTimer,
      whistleTargetIds.map((whistleTargetId) => ({ appealId: null, whistleTargetId, kind: 'whistleReportIn' as const, fireAt, deadline })),
    );
  }

  /**
   * The departments reported in, or their whistle was cancelled: their pending report-in timers go (a
   * fired one stays, as the record that it fired).
   */
  async cancelWhistleReportIn(em: EntityManager, whistleTargetIds: readonly number[]): Promise<void> {
    if (whistleTargetIds.length === 0) return;
    await em.delete(AppealTimer, { whistleTargetId: In([...whistleTargetIds]), kind: 'whistleReportIn', firedAt: IsNull() });
  }
}
