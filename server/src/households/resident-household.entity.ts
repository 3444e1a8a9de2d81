import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TimeColumn } from '../database/columns';
import { User } from '../users/user.entity';
import { Household } from './household.entity';

/**
 * The household a resident stated, once; staff verify it where it matters (a poll counted per
 * household may ask for verified ones) or reset it when she moves. `communityId` is the household's,
 * kept here so that the community's staff list their residents without a join.
 */
@Entity('resident_households')
@Index('IDX_resident_households_community', ['communityId', 'verifiedAt'])
export class ResidentHousehold {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int', unique: true })
  userId: number;

  @OneToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: User;

  @Index()
  @Column({ type: 'int' })
  householdId: number;

  @ManyToOne(() => Household, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'householdId' })
  household?: Household;

  @Column({ type: 'int' })
  communityId: number;

  @TimeColumn()
  statedAt: Date;

  @TimeColumn({ nullable: true })
  verifiedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  verifiedById: number | null;
}
