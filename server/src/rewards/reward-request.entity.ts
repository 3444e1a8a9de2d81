import type { RewardBasis, RewardStatus } from '@lingjuli/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, TimeColumn } from '../database/columns';
import { Community } from '../organisation/community.entity';
import { User } from '../users/user.entity';

/**
 * 自主支配权: a community's request to reward a liaison, case by case or from a periodic evaluation.
 * It needs the community party organisation's meeting record, then the secretary's approval, then
 * goes to the street, which acknowledges it. Every step is a RewardEvent.
 */
@Entity('reward_requests')
@Index('IDX_reward_requests_community', ['communityId', 'status'])
export class RewardRequest {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  communityId: number;

  @ManyToOne(() => Community, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'communityId' })
  community?: Community;

  @Column({ type: 'int' })
  liaisonUserId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'liaisonUserId' })
  liaison?: User;

  @CodeColumn()
  basis: RewardBasis;

  /** For 一事一议: the appeals it is for. */
  @Column({ type: 'simple-json' })
  appealIds: number[];

  @Column({ type: 'varchar', length: 50, nullable: true })
  periodLabel: string | null;

  @Column({ type: 'varchar', length: 200 })
  reward: string;

  @Column({ type: 'int', nullable: true })
  amount: number | null;

  @Column({ type: 'text' })
  reason: string;

  @CodeColumn()
  status: RewardStatus;

  // The party organisation's meeting (社区党组织会议): all four or none.
  @TimeColumn({ nullable: true })
  meetingDate: Date | null;

  @Column({ type: 'text', nullable: true })
  meetingAttendees: string | null;

  @Column({ type: 'text', nullable: true })
  meetingDecision: string | null;

  @Column({ type: 'text', nullable: true })
  meetingMinutes: string | null;

  @Column({ type: 'int' })
  proposedById: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposedById' })
  proposedBy?: User;

  @TimeColumn()
  proposedAt: Date;

  @Column({ type: 'text', nullable: true })
  returnedReason: string | null;

  @TimeColumn()
  updatedAt: Date;
}
