import type { Satisfaction } from '@lingjuli/shared';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CodeColumn, TimeColumn } from '../../database/columns';
import { User } from '../../users/user.entity';
import { Appeal } from './appeal.entity';

/** The resident's rating (评价) of one handling round; one per round. */
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

  @Column({ type: 'int' })
  raterId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'raterId' })
  rater?: User;

  @Column({ type: 'boolean' })
  solved: boolean;

  @CodeColumn()
  satisfaction: Satisfaction;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @TimeColumn()
  at: Date;
}
