import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PollQuestion } from './poll-question.entity';

/** One option of a choice question, at its place in the question. */
@Entity('poll_options')
@Index('UQ_poll_options_position', ['questionId', 'position'], { unique: true })
export class PollOption {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  questionId: number;

  @ManyToOne(() => PollQuestion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'questionId' })
  question?: PollQuestion;

  /** The poll's too, so a poll's options are read in one query. */
  @Index()
  @Column({ type: 'int' })
  pollId: number;

  /** From 0. */
  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'varchar', length: 100 })
  label: string;
}
