import { Injectable, Logger } from '@nestjs/common';
import { LessThanOrEqual, type EntityManager } from 'typeorm';
import { Appeal } from '../appeals/entities/appeal.entity';
import { Clock } from '../common/clock/clock';
import { isTransientLockError } from '../database/db-errors';
import { UnitOfWork } from '../database/unit-of-work';
import { WhistleTarget } from '../whistles/whistle-target.entity';
import { Whistle } from '../whistles/whistle.entity';
import { AppealTimer } from './appeal-timer.entity';
import { TimerEffects } from './timer-effects.service';

const BATCH = 100;
const RETRY_AFTER_MS = 60_000;

export interface DrainResult {
  fired: number;
  /** Left for the next pass because a writer held the appeal. */
  skipped: number;
  failed: number;
}

/**
 * Fires every due timer, in short transactions of up to 100, looping until none is due, so a backlog
 * after downtime clears in one pass. On MySQL/MariaDB timers and their appeals are claimed with
 * FOR UPDATE SKIP LOCKED: any number of server processes drain together, none waits on another, and
 * a process killed mid-batch only rolls its batch back for the others to take. On SQLite the
 * UnitOfWork's single writer gives the same guarantee within the one process.
 */
@Injectable()
export class TimerDrain {
  private readonly logger = new Logger(TimerDrain.name);

  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly effects: TimerEffects,
  ) {}

  async drain(): Promise<DrainResult> {
    const total: DrainResult = { fired: 0, skipped: 0, failed: 0 };
    for (;;) {
      const { claimed, ...batch } = await this.drainBatch();
      total.fired += batch.fired;
      total.skipped += batch.skipped;
      total.failed += batch.failed;
      if (claimed < BATCH || batch.fired + batch.failed === 0) return total;
    }
  }

  private drainBatch(): Promise<DrainResult & { claimed: number }> {
    return this.uow.run(async (em) => {
      const now = this.clock.now();
      const qb = em
        .createQueryBuilder(AppealTimer, 'timer')
        .where({ fireAt: LessThanOrEqual(now) })
        .orderBy('timer.fireAt', 'ASC')
        .addOrderBy('timer.id', 'ASC')
        .limit(BATCH);
      if (!this.uow.isSqlite) qb.setLock('pessimistic_write').setOnLocked('skip_locked');
      const due = await qb.getMany();

      const result = { claimed: due.length, fired: 0, skipped: 0, failed: 0 };
      for (const timer of due) {
        try {
          // A savepoint per timer: one failing effect does not undo the others.
          const fired = await em.transaction((inner) => this.fireOne(inner, timer, now));
          if (fired) result.fired += 1;
          else result.skipped += 1;
        } catch (error) {
          // A deadlock has rolled the whole batch back: let the UnitOfWork run the batch again.
          if (isTransientLockError(error)) throw error;
          result.failed += 1;
          const owner = timer.whistleTargetId !== null ? `whistle target ${timer.whistleTargetId}` : `appeal ${timer.appealId}`;
          this.logger.error(`Timer ${timer.id} (${timer.kind}, ${owner}) failed: ${(error as Error).message}`);
          await em.update(
            AppealTimer,
            { id: timer.id },
            {
              attempts: timer.attempts + 1,
              lastError: (error as Error).message.slice(0, 500),
              fireAt: new Date(now.getTime() + RETRY_AFTER_MS * 2 ** Math.min(timer.attempts, 6)),
            },
          );
        }
      }
      return result;
    }, { readCommitted: true });
  }

  private async fireOne(em: EntityManager, timer: AppealTimer, now: Date): Promise<boolean> {
    if (timer.whistleTargetId !== null) return this.fireWhistleTimer(em, timer, now);
    const qb = em.createQueryBuilder(Appeal, 'appeal').where('appeal.id = :id', { id: timer.appealId });
    // A writer holding the appeal will reschedule this timer itself; never wait for it.
    if (!this.uow.isSqlite) qb.setLock('pessimistic_write').setOnLocked('skip_locked');
    const appeal = await qb.getOne();
    if (!appeal) return false;
    await em.update(AppealTimer, { id: timer.id }, { fireAt: null, firedAt: now });
    await this.effects.fire(em, timer, appeal, now);
    return true;
  }

  /**
   * A report-in timer belongs to a whistled department, not an appeal: it claims the whistle and then
   * the department's part (the order every whistle write locks them in), skipping either if a writer
   * holds it — a department reporting in at this moment cancels the timer itself.
   */
  private async fireWhistleTimer(em: EntityManager, timer: AppealTimer, now: Date): Promise<boolean> {
    const targetRow = await em.findOne(WhistleTarget, { select: { id: true, whistleId: true }, where: { id: timer.whistleTargetId! } });
    if (!targetRow) return false;
    const whistleQb = em.createQueryBuilder(Whistle, 'whistle').where('whistle.id = :id', { id: targetRow.whistleId });
    const targetQb = em.createQueryBuilder(WhistleTarget, 'target').where('target.id = :id', { id: targetRow.id });
    if (!this.uow.isSqlite) {
      whistleQb.setLock('pessimistic_write').setOnLocked('skip_locked');
      targetQb.setLock('pessimistic_write').setOnLocked('skip_locked');
    }
    const whistle = await whistleQb.getOne();
    if (!whistle) return false;
    const target = await targetQb.getOne();
    if (!target) return false;
    await em.update(AppealTimer, { id: timer.id }, { fireAt: null, firedAt: now });
    await this.effects.fireWhistleReportIn(em, timer, whistle, target, now);
    return true;
  }
}
