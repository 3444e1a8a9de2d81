import type { Category, RatingSource, Satisfaction, Tier } from '@lingjuli/shared';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, Index } from 'typeorm';
import { CodeColumn, TimeColumn } from '../../database/columns';
import { User } from '../../users/user.entity';
import { Appeal } from './appeal.entity';

/**
 * The rating (评价) of one handling round, one per round: the resident's own in the app, or a caller's
 * answer on the callback (回访), recorded by the staff member who called.
 */
@Entity('appeal_ratings')
@Unique('UQ_appeal_ratings_round', ['appealId', 'round'])
export class AppealRating {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  appealId: number;

  @ManyToOne(() => Appeal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'appealId' })
  appeal?: Appeal;

  /** 1 for the first handling, 2 after a reopen, … */
  @Column({ type: 'int' })
  round: number;

  /** The resident who rated in the app; null for a caller without an account, rated on the callback. */
  @Column({ type: 'int', nullable: true })
  raterId: number | null;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'raterId' })
  rater?: User | null;

  @Column({ type: 'varchar', length: 32, default: 'resident' })
  source: RatingSource;

  /** The staff member who made the callback (null for the resident's own rating). */
  @Column({ type: 'int', nullable: true })
  recordedById: number | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recordedById' })
  recordedBy?: User | null;

  @Column({ type: 'boolean' })
  solved: boolean;

  @CodeColumn()
  satisfaction: Satisfaction;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  /** When the resident rated, or when the caller was called back. */
  // A period's ranking reads its rows by this time (docs/performance.md, "Reads as the ledger grows").
  @Index('IDX_appeal_ratings_at')
  @TimeColumn()
  at: Date;

  /** The appeal's tier and category when it was rated (the measures count it under them). */
  @CodeColumn()
  tier: Tier;

  @CodeColumn()
  category: Category;
}
