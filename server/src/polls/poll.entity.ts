import type { Audience, BallotUnit } from '@lingjuli/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, TimeColumn } from '../database/columns';
import { Community } from '../organisation/community.entity';
import { User } from '../users/user.entity';

/**
 * A poll or questionnaire (征求意见 / 问卷) of a community's deliberation hall: who is asked (the
 * audience), whether one answer counts per household or per resident, and when it runs. Its
 * questions are `poll_questions`; who took part and what was answered are two tables with no link
 * between them (`poll_participations`, `poll_ballots`).
 */
@Entity('polls')
@Index('IDX_polls_community_recent', ['communityId', 'createdAt', 'id'])
@Index('IDX_polls_community_closed', ['communityId', 'closedAt'])
export class Poll {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  communityId: number;

  @ManyToOne(() => Community, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'communityId' })
  community?: Community;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'text' })
  description: string;

  /** `community`, `buildings` (poll_buildings) or `invited` (poll_invitees). */
  @CodeColumn()
  audience: Audience;

  @CodeColumn()
  ballotUnit: BallotUnit;

  @Column({ type: 'boolean', default: false })
  verifiedHouseholdsOnly: boolean;

  /** When it closes, those who took part are told the results are out. */
  @Column({ type: 'boolean', default: true })
  notifyParticipants: boolean;

  @TimeColumn()
  opensAt: Date;

  /** When it closes itself (the `pollClose` timer). */
  @TimeColumn()
  closesAt: Date;

  /** When it closed: its closing time (the timer), or earlier by staff. Null while it runs. */
  @TimeColumn({ nullable: true })
  closedAt: Date | null;

  /** Who closed it early; null when it closed at its time. */
  @Column({ type: 'int', nullable: true })
  closedById: number | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'closedById' })
  closedBy?: User | null;

  /** The audience (those who stated a household) counted when it closed, so its turnout stays what it was. */
  @Column({ type: 'int', nullable: true })
  eligibleAtClose: number | null;

  @Column({ type: 'int' })
  createdById: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'createdById' })
  createdBy?: User;

  @TimeColumn()
  createdAt: Date;

  @TimeColumn()
  updatedAt: Date;
}
