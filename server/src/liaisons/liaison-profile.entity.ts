import type { LiaisonDuty } from '@lingjuli/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TimeColumn } from '../database/columns';
import { Community } from '../organisation/community.entity';
import { User } from '../users/user.entity';

/** The registry entry of a liaison volunteer (民情专员): her duties and since when; her counts are computed. */
@Entity('liaison_profiles')
@Index('IDX_liaison_profiles_community', ['communityId', 'active'])
export class LiaisonProfile {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int', unique: true })
  userId: number;

  @OneToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: User;

  @Column({ type: 'int' })
  communityId: number;

  @ManyToOne(() => Community, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'communityId' })
  community?: Community;

  @Column({ type: 'simple-json' })
  duties: LiaisonDuty[];

  @TimeColumn()
  joinedAt: Date;

  @Column({ type: 'boolean', default: true })
  active: boolean;
}
