import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { InboxMessage } from './inbox-message.entity';
import { NotificationChannel } from './notification-channel';
import type { NotificationOutbox } from './notification-outbox.entity';

/** The in-app inbox: one message per outbox row (unique `outboxId`), so redelivery is harmless. */
@Injectable()
export class InboxChannel extends NotificationChannel {
  readonly name = 'inbox';

  async deliver(em: EntityManager, n: NotificationOutbox): Promise<void> {
    await em
      .createQueryBuilder()
      .insert()
      .into(InboxMessage)
      .values({
        outboxId: n.id,
        recipientId: n.recipientId,
        kind: n.kind,
        title: n.title,
        body: n.body,
        appealId: n.appealId,
        subjectType: n.subjectType,
        subjectId: n.subjectId,
        createdAt: n.createdAt,
      })
      .orIgnore()
      .execute();
  }
}
