import type { NoticeSubjectType, NotificationKind } from '@lingjuli/shared';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, TimeColumn } from '../database/columns';

/** A message in a user's in-app inbox. One per outbox row (unique), so a redelivery adds nothing. */
@Entity('inbox_messages')
@Index('IDX_inbox_messages_recipient', ['recipientId', 'id'])
// The unread ones, newest first, without reading what she has read (docs/performance.md, "Reads as the ledger grows").
@Index('IDX_inbox_messages_unread', ['recipientId', 'readAt', 'id'])
export class InboxMessage {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int', unique: true })
  outboxId: number;

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

  @TimeColumn()
  createdAt: Date;

  @TimeColumn({ nullable: true })
  readAt: Date | null;
}
