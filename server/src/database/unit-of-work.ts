import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { isTransientLockError } from './db-errors';

const MAX_ATTEMPTS = 4;

/**
 * Runs one write as one transaction.
 * - MySQL/MariaDB: READ COMMITTED, so locking reads take row locks only (no gap locks: the timer and
 *   outbox queues are drained by several processes at once); a deadlock victim is retried.
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

  run<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    if (!this.isSqlite) return this.withRetry(work);
    const result = this.queue.then(() => this.dataSource.transaction(work));
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Row lock for read-modify-write inside `run`; SQLite needs none because writers are already serialised. */
  get writeLock(): { mode: 'pessimistic_write' } | undefined {
    return this.isSqlite ? undefined : { mode: 'pessimistic_write' };
  }

  private async withRetry<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.dataSource.transaction('READ COMMITTED', work);
      } catch (error) {
        if (!isTransientLockError(error) || attempt >= MAX_ATTEMPTS) throw error;
        this.logger.warn(`Transaction hit a lock conflict (attempt ${attempt}); retrying`);
        await new Promise((resolve) => setTimeout(resolve, 10 * attempt + Math.random() * 20));
      }
    }
  }
}
