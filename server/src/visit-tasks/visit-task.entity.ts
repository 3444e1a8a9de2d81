import type { Category, VisitTaskStatus } from '@lingjuli/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CodeColumn, TimeColumn } from '../database/columns';
import { Building } from '../organisation/building.entity';
import { Community } from '../organisation/community.entity';
import { User } from '../users/user.entity';

/**
 * A liaison visit to a building where the same problem keeps coming back (未诉即办, docs/domain.md §9),
 * opened from the hot spots. At most one open per building and category: `openSlot` is 1 while it is
 * open and null once done, and the unique key lets nulls repeat.
 */
@Entity('visit_tasks')
@Unique('UQ_visit_tasks_open', ['buildingId', 'category', 'openSlot'])
@Index('IDX_visit_tasks_community', ['communityId', 'status', 'createdAt', 'id'])
export class VisitTask {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  communityId: number;

  @ManyToOne(() => Community, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'communityId' })
  community?: Community;

  @Column({ type: 'int' })
  buildingId: number;

  @ManyToOne(() => Building, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'buildingId' })
  building?: Building;

  @CodeColumn()
  category: Category;

  @Column({ type: 'varchar', length: 300 })
  reason: string;

  /** The liaison asked to go; null: any of the community's. */
  @Column({ type: 'int', nullable: true })
  liaisonId: number | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'liaisonId' })
  liaison?: User | null;

  @CodeColumn()
  status: VisitTaskStatus;

  @Column({ type: 'int', nullable: true })
  openSlot: 1 | null;

  @Column({ type: 'int' })
  createdById: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'createdById' })
  createdBy?: User;

  @TimeColumn()
  createdAt: Date;

  @Column({ type: 'int', nullable: true })
  doneById: number | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'doneById' })
  doneBy?: User | null;

  @TimeColumn({ nullable: true })
  doneAt: Date | null;

  @Column({ type: 'text', nullable: true })
  doneNote: string | null;
}
