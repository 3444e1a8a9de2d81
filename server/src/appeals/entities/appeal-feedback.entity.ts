import type { FeedbackMethod } from '@lingjuli/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, TimeColumn } from '../../database/columns';
import { User } from '../../users/user.entity';
import { Appeal } from './appeal.entity';

/** Telling the resident the result or the next steps (反馈), in person, by phone or online. */
@Entity('appeal_feedbacks')
export class AppealFeedback {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'int' })
  appealId: number;

  @ManyToOne(() => Appeal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'appealId' })
  appeal?: Appeal;

  @CodeColumn()
  method: FeedbackMethod;

  @Column({ type: 'int' })
  byId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'byId' })
  by?: User;

  @Column({ type: 'text' })
  content: string;

  @Column({ type: 'text', nullable: true })
  residentOpinion: string | null;

  /** Feedback on the result (after resolution), as opposed to an interim one. */
  @Column({ type: 'boolean' })
  final: boolean;

  @TimeColumn()
  at: Date;
}
