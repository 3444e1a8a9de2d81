import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Timer } from './timer.entity';

/** The owner no longer exists: the timer has nothing left to guard and is dropped. */
export const OWNER_GONE = Symbol('owner gone');

/**
 * What a kind of timer does, registered at start-up by the feature that owns the kind
 * (docs/architecture.md, "Timers"). The drain calls it inside the batch's transaction, in a savepoint
 * of its own, with the timer row already claimed.
 */
export interface TimerHandler<Owner = unknown> {
  /** The kind it handles, unique across features. */
  readonly kind: string;
  /** The owner type its timers carry. */
  readonly ownerType: string;
  /**
   * Locks what the timer belongs to for this firing. Null when a writer holds it (the writer
   * reschedules or cancels the timer itself; it is tried again on a later pass); OWNER_GONE when it
   * no longer exists. Use `claimRow`, which never waits for another process.
   */
  claim(em: EntityManager, timer: Timer): Promise<Owner | null | typeof OWNER_GONE>;
  /**
   * The effect, after the row was marked fired. It must re-check the owner against `timer.deadline`
   * (a stale timer does nothing) and be idempotent (unique keys), so a timer processed twice counts once.
   */
  fire(em: EntityManager, timer: Timer, owner: Owner, now: Date): Promise<void>;
}

/** The handlers of every kind of timer; features register theirs in `onModuleInit`. */
@Injectable()
export class TimerRegistry {
  private readonly logger = new Logger(TimerRegistry.name);
  private readonly handlers = new Map<string, TimerHandler<unknown>>();

  register<Owner>(handler: TimerHandler<Owner>): void {
    const known = this.handlers.get(handler.kind);
    if (known && known !== handler) throw new Error(`Timer kind ${handler.kind} is registered twice`);
    this.handlers.set(handler.kind, handler);
    this.logger.debug(`Timer kind ${handler.kind} (${handler.ownerType})`);
  }

  handlerFor(kind: string): TimerHandler<unknown> | undefined {
    return this.handlers.get(kind);
  }

  kinds(): string[] {
    return [...this.handlers.keys()].sort();
  }
}

/**
 * Loads one row for a firing, locked FOR UPDATE SKIP LOCKED on MySQL/MariaDB (a row a writer or
 * another process holds is skipped, never waited for): the row, null when it is held, OWNER_GONE
 * when it does not exist. On SQLite the single writer already holds everything.
 */
export async function claimRow<T extends ObjectLiteral>(em: EntityManager, entity: EntityTarget<T>, id: number): Promise<T | null | typeof OWNER_GONE> {
  const qb = em.createQueryBuilder(entity, 'owner').where('owner.id = :id', { id });
  if (em.connection.options.type !== 'better-sqlite3') qb.setLock('pessimistic_write').setOnLocked('skip_locked');
  const row = await qb.getOne();
  if (row) return row;
  // A plain read (READ COMMITTED, no lock): only a row that is really absent is gone.
  return (await em.createQueryBuilder(entity, 'owner').where('owner.id = :id', { id }).getExists()) ? null : OWNER_GONE;
}
