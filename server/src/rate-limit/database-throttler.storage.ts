import { Injectable } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { LessThan } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { UnitOfWork } from '../database/unit-of-work';
import { RateLimitCounter } from './rate-limit-counter.entity';

/** How often a process deletes counters whose window and block are long over. */
const SWEEP_EVERY_MS = 10 * 60 * 1000;
const seconds = (ms: number) => Math.max(0, Math.ceil(ms / 1000));

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * The throttler's counters in the database, so several server processes over one MySQL share them
 * (the throttler's own storage is one process's memory). A fixed window per key: the first hit opens
 * it for `ttl`; a hit beyond `limit` blocks the key for `blockDuration`. Each hit is one short
 * transaction with the counter row locked, and time comes from the injected clock.
 */
@Injectable()
export class DatabaseThrottlerStorage implements ThrottlerStorage {
  private lastSweep = 0;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    const id = `${throttlerName}:${key}`.slice(0, 100);
    const now = this.clock.now();
    const record = await this.uow.run(async (em) => {
      await em.createQueryBuilder().insert().into(RateLimitCounter).values({ key: id, hits: 0, windowEndsAt: now, blockedUntil: null }).orIgnore().execute();
      const counter = await em.findOneOrFail(RateLimitCounter, { where: { key: id }, lock: this.uow.writeLock });
      if (counter.blockedUntil && counter.blockedUntil > now) {
        return { totalHits: counter.hits, timeToExpire: 0, isBlocked: true, timeToBlockExpire: seconds(counter.blockedUntil.getTime() - now.getTime()) };
      }
      if (counter.windowEndsAt <= now) {
        counter.hits = 0;
        counter.windowEndsAt = new Date(now.getTime() + ttl);
      }
      counter.hits += 1;
      const isBlocked = counter.hits > limit;
      counter.blockedUntil = isBlocked ? new Date(now.getTime() + blockDuration) : null;
      await em.update(RateLimitCounter, { key: id }, { hits: counter.hits, windowEndsAt: counter.windowEndsAt, blockedUntil: counter.blockedUntil });
      return {
        totalHits: counter.hits,
        timeToExpire: seconds(counter.windowEndsAt.getTime() - now.getTime()),
        isBlocked,
        timeToBlockExpire: isBlocked ? seconds(blockDuration) : 0,
      };
    });
    await this.sweep(now);
    return record;
  }

  /** Forgets counters over for a day, at most once per interval in each process. */
  private async sweep(now: Date): Promise<void> {
    if (now.getTime() - this.lastSweep < SWEEP_EVERY_MS) return;
    this.lastSweep = now.getTime();
    const dayAgo = new Date(now.getTime() - 24 * 3600 * 1000);
    await this.uow.run((em) =>
      em
        .createQueryBuilder()
        .delete()
        .from(RateLimitCounter)
        .where({ windowEndsAt: LessThan(dayAgo) })
        .andWhere('(blockedUntil IS NULL OR blockedUntil < :dayAgo)', { dayAgo })
        .execute(),
    );
  }
}
