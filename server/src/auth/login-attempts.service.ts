import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { UnitOfWork } from '../database/unit-of-work';
import { EventBus } from '../events/event-bus';
import { User } from '../users/user.entity';

/**
 * Wrong passwords per account: after `BACKOFF_AFTER` failures each next attempt waits (1 s, 2 s,
 * 4 s … up to five minutes); after `LOCK_AFTER` the account is locked until a person unlocks it —
 * the community secretary for her staff, the street admin for anyone. Counted on the user row in the
 * database, so every server process sees the same count; a right password clears it.
 */
export const BACKOFF_AFTER = 3;
export const LOCK_AFTER = 10;
const MAX_BACKOFF_SECONDS = 300;

export function backoffSeconds(failed: number): number {
  return failed < BACKOFF_AFTER ? 0 : Math.min(2 ** (failed - BACKOFF_AFTER), MAX_BACKOFF_SECONDS);
}

@Injectable()
export class LoginAttempts {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly events: EventBus,
  ) {}

  /** Records a wrong password; true when it locked the account (whoever unlocks it is told). */
  failed(userId: number): Promise<boolean> {
    return this.uow.run(async (em) => {
      const user = await em.findOneOrFail(User, { where: { id: userId }, lock: this.uow.writeLock });
      if (user.lockedAt) return true;
      const now = this.clock.now();
      const failed = user.failedLogins + 1;
      const locked = failed >= LOCK_AFTER;
      const wait = backoffSeconds(failed);
      await em.update(
        User,
        { id: userId },
        { failedLogins: failed, lockedAt: locked ? now : null, loginRetryAt: wait && !locked ? new Date(now.getTime() + wait * 1000) : null },
      );
      // Whoever may unlock it is told (notifications/account-notices.ts).
      if (locked) await this.events.publish(em, { type: 'AccountLocked', user, failedLogins: failed, at: now });
      return locked;
    });
  }

  /** A right password, or an unlock: the count starts again. */
  async clear(em: EntityManager, userId: number): Promise<void> {
    await em.update(User, { id: userId }, { failedLogins: 0, loginRetryAt: null, lockedAt: null });
  }
}
