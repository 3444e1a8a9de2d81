import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TimeColumn } from '../database/columns';
import { Community } from '../organisation/community.entity';
import { User } from '../users/user.entity';

/**
 * A door-to-door satisfaction survey (入户调查): run by the street across communities, or by a
 * community for itself (`communityId`). It runs from the start of its first Beijing day to the end
 * of its last (`closesAt`, exclusive), unless its runner closes it early (`closedAt`).
 */
@Entity('surveys')
@Index('IDX_surveys_period', ['opensAt', 'closesAt'])
export class Survey {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'text' })
  purpose: string;

  /** The community that runs it for itself; null: the street. */
  @Column({ type: 'int', nullable: true })
  communityId: number | null;

  @ManyToOne(() => Community, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'communityId' })
  community?: Community | null;

  /** Households to ask in each community taking part. */
  @Column({ type: 'int' })
  targetSampleSize: number;

  @TimeColumn()
  opensAt: Date;

  @TimeColumn()
  closesAt: Date;

  @TimeColumn({ nullable: true })
  closedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  closedById: number | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'closedById' })
  closedBy?: User | null;

  @Column({ type: 'int' })
  createdById: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'createdById' })
  createdBy?: User;

  @TimeColumn()
  createdAt: Date;
}
