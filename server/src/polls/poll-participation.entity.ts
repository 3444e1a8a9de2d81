import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TimeColumn } from '../database/columns';
import { Household } from '../households/household.entity';
import { User } from '../users/user.entity';
import { Poll } from './poll.entity';

/**
 * That someone took part in a poll — never what she answered (that is `poll_ballots`, with nothing
 * that leads back here). It holds the one-answer rules where the database decides them, even for two
 * phones of one flat at the same instant: one row per poll and person, and for a poll counted per
 * household one per poll and household (`ballotHouseholdId` is the household there and null in a
 * per-resident poll, and NULLs never collide in a unique key).
 */
@Entity('poll_participations')
@Index('UQ_poll_participations_person', ['pollId', 'userId'], { unique: true })
@Index('UQ_poll_participations_household', ['pollId', 'ballotHouseholdId'], { unique: true })
export class PollParticipation {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  pollId: number;

  @ManyToOne(() => Poll, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pollId' })
  poll?: Poll;

  @Index()
  @Column({ type: 'int' })
  userId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'userId' })
  user?: User;

  /** Her household when she answered. */
  @Column({ type: 'int' })
  householdId: number;

  @ManyToOne(() => Household, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'householdId' })
  household?: Household;

  /** The household again in a poll counted per household (its unique key); null in a per-resident poll. */
  @Column({ type: 'int', nullable: true })
  ballotHouseholdId: number | null;

  @TimeColumn()
  at: Date;
}
