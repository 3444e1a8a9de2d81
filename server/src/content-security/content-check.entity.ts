import type { ContentCheckState } from '@lingjuli/shared';
import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CodeColumn, TimeColumn } from '../database/columns';

/** What a check is about: a resident's or liaison's words on an appeal, a rating comment, a liaison's feedback, an uploaded photo. */
export const CONTENT_CHECK_SUBJECTS = ['appealWords', 'ratingComment', 'feedbackWords', 'photo'] as const;
export type ContentCheckSubject = (typeof CONTENT_CHECK_SUBJECTS)[number];

/**
 * WeChat's check of one piece of user content (docs/architecture.md, "Content security"). Words are
 * checked before they are written; those WeChat could not check then wait here `pending`, with their
 * text, and are checked by the scheduler (the text is cleared once it has). A photo is submitted by
 * the scheduler (`traceId`) and settled by WeChat's push to /wechat/push.
 */
@Entity('content_checks')
@Unique('UQ_content_checks_subject', ['subjectType', 'subjectId'])
@Index('IDX_content_checks_due', ['state', 'nextAttemptAt'])
export class ContentCheck {
  @PrimaryGeneratedColumn()
  id: number;

  @CodeColumn()
  subjectType: ContentCheckSubject;

  @Column({ type: 'int' })
  subjectId: number;

  /** Whose content it is: WeChat checks it in her name (she used the mini-program within two hours). */
  @Column({ type: 'varchar', length: 64 })
  openId: string;

  @CodeColumn()
  state: ContentCheckState;

  /** Words still to check; cleared once checked (the subject keeps them). */
  @Column({ type: 'text', nullable: true })
  text: string | null;

  /** A photo's submission, to match WeChat's push. */
  @Column({ type: 'varchar', length: 64, nullable: true, unique: true })
  traceId: string | null;

  /** WeChat's label for what it found (e.g. 20001), when it did not pass. */
  @Column({ type: 'int', nullable: true })
  label: number | null;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  /** When the scheduler next looks at it (while pending): a retry, a lease, or a photo's push that is overdue. */
  @TimeColumn({ nullable: true })
  nextAttemptAt: Date | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  lastError: string | null;

  @TimeColumn()
  createdAt: Date;

  @TimeColumn({ nullable: true })
  checkedAt: Date | null;
}
