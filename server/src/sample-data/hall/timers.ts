import type { INestApplicationContext } from '@nestjs/common';
import { UnitOfWork } from '../../database/unit-of-work';
import { OWNER_GONE, TimerRegistry } from '../../timers/timer-registry';
import { Timer } from '../../timers/timer.entity';
import type { ManualClock } from '../../common/clock/clock';

/**
 * Fires the pending timer of this kind and owner at the clock's time, as the drain fires a due timer:
 * in one transaction, the owner claimed through its kind's handler, the timer marked fired, then the
 * handler's effect. Only this one: the sample's other due timers (missed deadlines, a missed report-in)
 * stay pending for the server's first timer pass, as the appeals and powers seeders leave them.
 */
export async function fireSampleTimer(
  app: INestApplicationContext,
  clock: ManualClock,
  owner: { kind: string; ownerType: string; ownerId: number },
): Promise<void> {
  const registry = app.get(TimerRegistry);
  await app.get(UnitOfWork).run(async (em) => {
    const timer = await em.findOneByOrFail(Timer, { kind: owner.kind, ownerType: owner.ownerType, ownerId: owner.ownerId });
    const now = clock.now();
    if (timer.fireAt === null || timer.fireAt > now) throw new Error(`sample timer ${timer.kind} ${timer.ownerId} is not due at ${now.toISOString()}`);
    const handler = registry.handlerFor(timer.kind);
    if (!handler) throw new Error(`no handler is registered for timer kind ${timer.kind}`);
    const row = await handler.claim(em, timer);
    if (row === null || row === OWNER_GONE) throw new Error(`sample timer ${timer.kind} ${timer.ownerId} has no owner to fire on`);
    await em.update(Timer, { id: timer.id }, { fireAt: null, firedAt: now });
    await handler.fire(em, timer, row, now);
  });
}
