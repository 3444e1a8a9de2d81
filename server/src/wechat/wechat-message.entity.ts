import type { SubscriptionTopic } from '@lingjuli/shared';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, TimeColumn } from '../database/columns';

/**
 * Where a WeChat message is: `pending` to be sent (at `nextAttemptAt`), `sending` (claimed by a
 * process until `nextAttemptAt`), `sent`; `refused` — she has no consent left (43101), never retried;
 * `misconfigured` — a template, page or field WeChat refuses (40037, 41030, 47003), never retried and
 * shown to the street admin; `failed` after the last retry.
 */
export const WECHAT_MESSAGE_STATUSES = ['pending', 'sending', 'sent', 'refused', 'misconfigured', 'failed'] as const;
export type WechatMessageStatus = (typeof WECHAT_MESSAGE_STATUSES)[number];

/** One subscription message to send: written with the notice's delivery, sent by the scheduler outside any transaction. */
@Entity('wechat_messages')
@Index('IDX_wechat_messages_due', ['status', 'nextAttemptAt'])
export class WechatMessage {
  @PrimaryGeneratedColumn()
  id: number;

  /** One message per notice (a redelivery of the outbox adds none). */
  @Column({ type: 'int', unique: true })
  outboxId: number;

  @Column({ type: 'int' })
  userId: number;

  @CodeColumn()
  topic: SubscriptionTopic;

  @Column({ type: 'varchar', length: 64 })
  templateId: string;

  @Column({ type: 'varchar', length: 64 })
  openId: string;

  /** The mini-program page it opens, with its query. */
  @Column({ type: 'varchar', length: 200 })
  page: string;

  /** The template's data, cut to WeChat's rules, as JSON. */
  @Column({ type: 'varchar', length: 2000 })
  data: string;

  @CodeColumn()
  status: WechatMessageStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @TimeColumn()
  nextAttemptAt: Date;

  @Column({ type: 'varchar', length: 300, nullable: true })
  lastError: string | null;

  @TimeColumn()
  createdAt: Date;

  @TimeColumn({ nullable: true })
  sentAt: Date | null;
}
