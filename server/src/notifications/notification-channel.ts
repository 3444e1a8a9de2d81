import type { EntityManager } from 'typeorm';
import type { NotificationOutbox } from './notification-outbox.entity';

/**
 * Somewhere a notification is delivered: the in-app inbox now; WeChat subscription messages later,
 * as another implementation. Delivery must be idempotent: a row may be delivered more than once.
 */
export abstract class NotificationChannel {
  abstract readonly name: string;
  abstract deliver(em: EntityManager, notification: NotificationOutbox): Promise<void>;
}

export const NOTIFICATION_CHANNELS = Symbol('NOTIFICATION_CHANNELS');
