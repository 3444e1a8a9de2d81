import type { NotificationKind } from '@lingjuli/shared';
import type { EntityManager } from 'typeorm';
import { appealOccasion, type Notifier } from '../notifications/notifier.service';
import { appealCode } from './appeal.mapper';
import { AppealSupporter } from './entities/appeal-supporter.entity';
import type { Appeal } from './entities/appeal.entity';

/**
 * Tells the resident who filed the appeal, and those who said "me too", through the inbox (and later
 * WeChat), in the caller's transaction. The body quotes the first 80 characters of `text`.
 */
export async function tellResidents(
  em: EntityManager,
  notifier: Notifier,
  appeal: Appeal,
  now: Date,
  notice: { kind: NotificationKind; title: string; text: string },
): Promise<void> {
  const { kind, title, text } = notice;
  const supporters = await em.find(AppealSupporter, { select: { userId: true }, where: { appealId: appeal.id } });
  const recipientIds = [...(appeal.reporterId ? [appeal.reporterId] : []), ...supporters.map((s) => s.userId)];
  const body = `${appealCode(appeal)}：${text.length > 80 ? `${text.slice(0, 80)}…` : text}`;
  await notifier.notify(em, { kind, recipientIds, appealId: appeal.id, occasion: appealOccasion(appeal.id, now), title, body }, now);
}
