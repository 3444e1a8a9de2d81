import { maskPersonalData, type NotificationKind } from '@lingjuli/shared';
import type { EntityManager } from 'typeorm';
import { appealOccasion, type Notifier } from '../notifications/notifier.service';
import { appealCode } from './appeal.mapper';
import { AppealSupporter } from './entities/appeal-supporter.entity';
import type { Appeal } from './entities/appeal.entity';

/**
 * Tells the resident who filed the appeal, and those who said "me too", through the inbox (and later
 * WeChat), in the caller's transaction. The body quotes the first 80 characters of `text`, masked for
 * the supporters (staff may name the reporter or her flat when they write to her).
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
  const body = (words: string) => `${appealCode(appeal)}：${words.length > 80 ? `${words.slice(0, 80)}…` : words}`;
  const occasion = appealOccasion(appeal.id, now);
  if (appeal.reporterId) await notifier.notify(em, { kind, recipientIds: [appeal.reporterId], appealId: appeal.id, occasion, title, body: body(text) }, now);
  await notifier.notify(em, { kind, recipientIds: supporters.map((s) => s.userId), appealId: appeal.id, occasion, title, body: body(maskPersonalData(text)) }, now);
}
