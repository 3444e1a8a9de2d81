import type { TrainingAudience } from '@lingjuli/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, TimeColumn } from '../database/columns';
import { Community } from '../organisation/community.entity';
import { User } from '../users/user.entity';

/** A training course the community schedules for its volunteers: liaisons, party members or all. */
@Entity('training_courses')
@Index('IDX_training_courses_community', ['communityId', 'startsAt', 'id'])
export class TrainingCourse {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  communityId: number;

  @ManyToOne(() => Community, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'communityId' })
  community?: Community;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  description: string | null;

  @TimeColumn()
  startsAt: Date;

  @Column({ type: 'varchar', length: 100 })
  place: string;

  /** Hours, to the half hour. */
  @Column({ type: 'double' })
  hours: number;

  @CodeColumn()
  audience: TrainingAudience;

  @Column({ type: 'int' })
  createdById: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'createdById' })
  createdBy?: User;

  @TimeColumn()
  createdAt: Date;
}
