import type { NoticeSubjectType, NotificationKind } from '@lingjuli/shared';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, TimeColumn } from '../database/columns';

/**
 * A notification waiting to be delivered. Written in the transaction of what caused it; unique by
 * `dedupeKey`, so the same event never notifies twice; delivered at least once by the dispatcher.
 */
@Entity('notification_outbox')
export class NotificationOutbox {
  @PrimaryGeneratedColumn()
  id: number;

  /** e.g. `deadlineBreached:42:2026-03-02T02:30:00.000Z:7` — kind, appeal, deadline, recipient. */
  @Column({ type: 'varchar', length: 150, unique: true })
  dedupeKey: string;

  @Column({ type: 'int' })
  recipientId: number;

  @CodeColumn()
  kind: NotificationKind;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'varchar', length: 500 })
  body: string;

  @Column({ type: 'int', nullable: true })
  appealId: number | null;

  /** What it is about (the link it opens); null on rows from before links. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  subjectType: NoticeSubjectType | null;

  @Column({ type: 'int', nullable: true })
  subjectId: number | null;

  /** For a notice that goes out through WeChat: its code, place and time (`NoticeDetails`), as JSON. */
  @Column({ type: 'varchar', length: 400, nullable: true })
  details: string | null;

  @TimeColumn()
  createdAt: Date;

  /** Null until delivered; indexed so the dispatcher finds pending rows with an index lookup. */
  @Index('IDX_notification_outbox_pending')
  @TimeColumn({ nullable: true })
  deliveredAt: Date | null;

  @Column({ type: 'int', default: 0 })
  attempts: number;
}
