import type { BallotAnswer } from '@lingjuli/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Poll } from './poll.entity';

/**
 * What one household (or resident) answered, with nothing that says who: no user, no household, no
 * time, and a random key instead of a counter, so neither its key nor its place in the table follows
 * the order people answered in (SQLite keeps the table without its hidden rowid; InnoDB orders it by
 * the random key). Written in the transaction of its `poll_participations` row, which nothing here
 * points to.
 */
@Entity('poll_ballots', { withoutRowid: true })
export class PollBallot {
  /** 32 random hex digits (crypto). */
  @PrimaryColumn({ type: 'varchar', length: 32 })
  id: string;

  @Index()
  @Column({ type: 'int' })
  pollId: number;

  @ManyToOne(() => Poll, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pollId' })
  poll?: Poll;

  /** The answers as checked against the questions (shared `checkBallot`); a question left blank has none. */
  @Column({ type: 'simple-json' })
  answers: BallotAnswer[];
}
