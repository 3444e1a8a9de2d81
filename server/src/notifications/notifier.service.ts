import { Injectable } from '@nestjs/common';
import type { NotificationKind } from '@lingjuli/shared';
import type { EntityManager } from 'typeorm';
import { NotificationOutbox } from './notification-outbox.entity';

export interface Notification {
  kind: NotificationKind;
  recipientIds: readonly number[];
  appealId: number;
  /** The deadline (or other instant) the notification is about; part of the de-duplication key. */
  about: Date;
  title: string;
  body: string;
}

/** Writes notifications to the outbox in the caller's transaction; a repeat of the same key is ignored. */
@Injectable()
export class Notifier {
  async notify(em: EntityManager, notification: Notification, now: Date): Promise<void> {
    const recipients = [...new Set(notification.recipientIds)];
    if (recipients.length === 0) return;
    await em
      .createQueryBuilder()
      .insert()
      .into(NotificationOutbox)
      .values(
        recipients.map((recipientId) => ({
          dedupeKey: `${notification.kind}:${notification.appealId}:${notification.about.toISOString()}:${recipientId}`,
          recipientId,
          kind: notification.kind,
          title: notification.title,
          body: notification.body,
          appealId: notification.appealId,
          createdAt: now,
        })),
      )
      .orIgnore()
      .execute();
  }
}
