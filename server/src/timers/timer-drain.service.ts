import { Injectable, Logger } from '@nestjs/common';
import { LessThanOrEqual, type EntityManager } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { isTransientLockError } from '../database/db-errors';
import { UnitOfWork } from '../database/unit-of-work';
import { OWNER_GONE, TimerRegistry } from './timer-registry';
import { Timer } from './timer.entity';

const BATCH = 100;
const RETRY_AFTER_MS = 60_000;

export interface DrainResult {
  fired: number;
  /** Left for the next pass because a writer held what the timer belongs to. */
  skipped: number;
  failed: number;
}

/**
 * Fires every due timer, in short transactions of up to 100, looping until none is due, so a backlog
 * after downtime clears in one pass. Each timer goes to the handler registered for its kind (an
 * unknown kind fails like a failing effect: logged, retried later, never fired). On MySQL/MariaDB
 * timers and what they belong to are claimed with FOR UPDATE SKIP LOCKED: any number of server
 * processes drain together, none waits on another, and a process killed mid-batch only rolls its
 * batch back for the others to take. On SQLite the UnitOfWork's single writer gives the same
 * guarantee within the one process.
 */
@Injectable()
export class TimerDrain {
  private readonly logger = new Logger(TimerDrain.name);

  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly registry: TimerRegistry,
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
    return this.uow.run(
      async (em) => {
        const now = this.clock.now();
        const qb = em
          .createQueryBuilder(Timer, 'timer')
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
            this.logger.error(`Timer ${timer.id} (${timer.kind}, ${timer.ownerType} ${timer.ownerId}) failed: ${(error as Error).message}`);
            await em.update(
              Timer,
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
      },
      { readCommitted: true },
    );
  }

  /**
   * Claims what the timer belongs to (skipping it if a writer holds it: the writer reschedules the
   * timer itself), marks the timer fired and runs the kind's effect, all in the timer's savepoint.
   */
  private async fireOne(em: EntityManager, timer: Timer, now: Date): Promise<boolean> {
    const handler = this.registry.handlerFor(timer.kind);
    if (!handler) throw new Error(`no handler is registered for timer kind ${timer.kind}`);
    const owner = await handler.claim(em, timer);
    if (owner === null) return false;
    if (owner === OWNER_GONE) {
      // Nothing left to guard (the owner's row is gone): the timer goes too.
      await em.delete(Timer, { id: timer.id });
      return false;
    }
    await em.update(Timer, { id: timer.id }, { fireAt: null, firedAt: now });
    await handler.fire(em, timer, owner, now);
    return true;
  }
}
