import type { PollQuestionType } from '@lingjuli/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn } from '../database/columns';
import { Poll } from './poll.entity';

/** One question of a poll, at its place in the poll (rewritten whole while the poll may still be edited). */
@Entity('poll_questions')
@Index('UQ_poll_questions_position', ['pollId', 'position'], { unique: true })
export class PollQuestion {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  pollId: number;

  @ManyToOne(() => Poll, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pollId' })
  poll?: Poll;

  /** From 0. */
  @Column({ type: 'int' })
  position: number;

  @CodeColumn()
  type: PollQuestionType;

  @Column({ type: 'varchar', length: 200 })
  prompt: string;

  @Column({ type: 'boolean', default: true })
  required: boolean;

  /** `multiple` only: the most options one may choose. */
  @Column({ type: 'int', nullable: true })
  maxChoices: number | null;
}
