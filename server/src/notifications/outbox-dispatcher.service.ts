import { Inject, Injectable, Logger } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { UnitOfWork } from '../database/unit-of-work';
import { NOTIFICATION_CHANNELS, type NotificationChannel } from './notification-channel';
import { NotificationOutbox } from './notification-outbox.entity';

const BATCH = 100;

/**
 * Delivers pending outbox rows to every channel, in short transactions. On MySQL/MariaDB rows are
 * claimed with FOR UPDATE SKIP LOCKED, so every server process can run this at once.
 */
@Injectable()
export class OutboxDispatcher {
  private readonly logger = new Logger(OutboxDispatcher.name);

  constructor(
    @Inject(NOTIFICATION_CHANNELS) private readonly channels: NotificationChannel[],
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  /**
   * Delivers until nothing is pending or no progress is made, then lets each channel send what it
   * queued (WeChat messages); returns how many were delivered.
   */
  async deliverPending(): Promise<number> {
    let total = 0;
    for (;;) {
      const { claimed, delivered } = await this.deliverBatch();
      total += delivered;
      if (claimed < BATCH || delivered === 0) break;
    }
    for (const channel of this.channels) {
      try {
        await channel.send?.();
      } catch (error) {
        this.logger.warn(`Channel ${channel.name} could not send: ${(error as Error).message}`);
      }
    }
    return total;
  }

  private deliverBatch(): Promise<{ claimed: number; delivered: number }> {
    return this.uow.run(
      async (em) => {
        const qb = em.createQueryBuilder(NotificationOutbox, 'n').where({ deliveredAt: IsNull() }).orderBy('n.id', 'ASC').limit(BATCH);
        if (!this.uow.isSqlite) qb.setLock('pessimistic_write').setOnLocked('skip_locked');
        const rows = await qb.getMany();
        const now = this.clock.now();
        let delivered = 0;
        for (const row of rows) {
          try {
            for (const channel of this.channels) await channel.deliver(em, row);
            await em.update(NotificationOutbox, { id: row.id }, { deliveredAt: now, attempts: row.attempts + 1 });
            delivered += 1;
          } catch (error) {
            this.logger.warn(`Notification ${row.id} not delivered: ${(error as Error).message}`);
            await em.update(NotificationOutbox, { id: row.id }, { attempts: row.attempts + 1 });
          }
        }
        return { claimed: rows.length, delivered };
      },
      { readCommitted: true },
    );
  }
}
