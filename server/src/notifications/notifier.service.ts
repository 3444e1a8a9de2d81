import { Injectable } from '@nestjs/common';
import type { NoticeSubject, NotificationKind } from '@lingjuli/shared';
import type { EntityManager } from 'typeorm';
import { NotificationOutbox } from './notification-outbox.entity';
import { noticeDetails, renderNotice, type NoticeParams } from './notices';

/** A notice of one kind to some recipients: its words come from the catalogue (`notices.ts`), filled in with `params`. */
export interface Notification<K extends NotificationKind = NotificationKind> {
  kind: K;
  params: NoticeParams[K];
  recipientIds: readonly number[];
  /**
   * What makes this one occasion of its kind — an appeal and a deadline, a whistled department, a step
   * of a reward request. With the kind and the recipient it is the de-duplication key, so an occasion
   * processed twice (a timer retried) notifies each recipient once.
   */
  occasion: string;
  /** What it is about: the page it opens. */
  about: NoticeSubject;
  /** The appeal it concerns when it is about something else (a whistle raised on an appeal). */
  appealId?: number | null;
}

/** A notice about an appeal. */
export const aboutAppeal = (appealId: number): NoticeSubject => ({ type: 'appeal', id: appealId });

/** What a stored notice (outbox or inbox row) is about; rows from before links were about their appeal, if any. */
export function subjectOf(row: { subjectType: NoticeSubject['type'] | null; subjectId: number | null; appealId: number | null }): NoticeSubject | null {
  if (row.subjectType !== null && row.subjectId !== null) return { type: row.subjectType, id: row.subjectId };
  return row.appealId !== null ? aboutAppeal(row.appealId) : null;
}

/** The occasion of a notification about an appeal at an instant (a deadline, a step taken at `about`). */
export const appealOccasion = (appealId: number, about: Date): string => `${appealId}:${about.toISOString()}`;

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Writes notifications to the outbox in the caller's transaction, in the catalogue's words; a repeat
 * of the same key is ignored. Used by the notice handlers of this folder, which the events call.
 */
@Injectable()
export class Notifier {
  async notify<K extends NotificationKind>(em: EntityManager, notification: Notification<K>, now: Date): Promise<void> {
    const recipients = [...new Set(notification.recipientIds)];
    if (recipients.length === 0) return;
    const { title, body } = renderNotice(notification.kind, notification.params);
    const found = noticeDetails(notification.kind, notification.params);
    // A message shows 20 characters of a text: the row keeps a few more, never a whole note.
    const details = found && {
      ...found,
      ...(found.text !== undefined ? { text: clip(found.text, 60) } : {}),
      ...(found.place ? { place: clip(found.place, 100) } : {}),
    };
    await em
      .createQueryBuilder()
      .insert()
      .into(NotificationOutbox)
      .values(
        recipients.map((recipientId) => ({
          dedupeKey: `${notification.kind}:${notification.occasion}:${recipientId}`,
          recipientId,
          kind: notification.kind,
          title: clip(title, 100),
          body: clip(body, 500),
          appealId: notification.about.type === 'appeal' ? notification.about.id : (notification.appealId ?? null),
          subjectType: notification.about.type,
          subjectId: notification.about.id,
          details: details && JSON.stringify(details),
          createdAt: now,
        })),
      )
      .orIgnore()
      .execute();
  }
}
