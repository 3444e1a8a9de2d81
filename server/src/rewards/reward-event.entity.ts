import type { ActorRole, RewardEventInfo } from '@lingjuli/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, TimeColumn } from '../database/columns';
import { User } from '../users/user.entity';
import { RewardRequest } from './reward-request.entity';

/** One immutable step of a reward request: proposed, meeting recorded, submitted, approved, returned, acknowledged. */
@Entity('reward_events')
@Index('IDX_reward_events_request', ['requestId', 'id'])
export class RewardEvent {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  requestId: number;

  @ManyToOne(() => RewardRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'requestId' })
  request?: RewardRequest;

  @CodeColumn()
  type: RewardEventInfo['type'];

  @Column({ type: 'int' })
  actorId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actorId' })
  actor?: User;

  @CodeColumn()
  actorRole: ActorRole;

  @TimeColumn()
  at: Date;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}
