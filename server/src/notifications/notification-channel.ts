import type { EntityManager } from 'typeorm';
import type { NotificationOutbox } from './notification-outbox.entity';

/**
 * Somewhere a notification is delivered: the in-app inbox, WeChat subscription messages. `deliver`
 * runs in the outbox's transaction, so it only writes (it must be idempotent: a row may be delivered
 * more than once); what needs the network happens in `send`, after the transactions.
 */
export abstract class NotificationChannel {
  abstract readonly name: string;
  abstract deliver(em: EntityManager, notification: NotificationOutbox): Promise<void>;
  /** Sends what `deliver` queued and is due, outside any transaction; how many went out. */
  send?(): Promise<number>;
}

export const NOTIFICATION_CHANNELS = Symbol('NOTIFICATION_CHANNELS');
