import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { isTransientLockError } from './db-errors';

const MAX_ATTEMPTS = 4;

export interface RunOptions {
  /**
   * READ COMMITTED for queue drains (timers, outbox): their locking range reads then take row locks
   * only, not gap locks, so several processes drain side by side. Other writes keep the default.
   */
  readCommitted?: boolean;
}

/**
 * Runs one write as one transaction.
 * - MySQL/MariaDB: a deadlock victim is retried (InnoDB rolled it back whole).
 * - SQLite has a single connection, so concurrent transactions would interleave on it: they are
 *   queued one at a time (SQLite allows one writer anyway).
 */
@Injectable()
export class UnitOfWork {
  private readonly logger = new Logger(UnitOfWork.name);
  private queue: Promise<unknown> = Promise.resolve();
  readonly isSqlite: boolean;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.isSqlite = dataSource.options.type === 'better-sqlite3';
  }

  run<T>(work: (em: EntityManager) => Promise<T>, options: RunOptions = {}): Promise<T> {
    if (!this.isSqlite) return this.withRetry(work, options);
    const result = this.queue.then(() => this.dataSource.transaction(work));
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Row lock for read-modify-write inside `run`; SQLite needs none because writers are already serialised. */
  get writeLock(): { mode: 'pessimistic_write' } | undefined {
    return this.isSqlite ? undefined : { mode: 'pessimistic_write' };
  }

  private async withRetry<T>(work: (em: EntityManager) => Promise<T>, options: RunOptions): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await (options.readCommitted ? this.dataSource.transaction('READ COMMITTED', work) : this.dataSource.transaction(work));
      } catch (error) {
        if (!isTransientLockError(error) || attempt >= MAX_ATTEMPTS) throw error;
        this.logger.warn(`Transaction hit a lock conflict (attempt ${attempt}); retrying`);
        await new Promise((resolve) => setTimeout(resolve, 10 * attempt + Math.random() * 20));
      }
    }
  }
}
