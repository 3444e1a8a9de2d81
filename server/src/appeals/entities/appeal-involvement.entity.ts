import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TimeColumn } from '../../database/columns';
import { Department } from '../../organisation/department.entity';
import { Appeal } from './appeal.entity';

/**
 * A department works on an appeal — dispatched to it, whistled about it, or on its task force — as
 * one row per department and appeal, written by the feature that involves it (AppealInvolvements).
 * The appeal's openness and deadline are copied here and kept in step by `writeAppeal`, so a
 * department's queue is read from its own index in due order, however many appeals it has worked on.
 */
@Entity('appeal_involvements')
@Index('IDX_appeal_involvements_queue', ['departmentId', 'isOpen', 'dueAt', 'appealId'])
export class AppealInvolvement {
  @PrimaryColumn({ type: 'int' })
  departmentId: number;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'departmentId' })
  department?: Department;

  @Index('IDX_appeal_involvements_appeal')
  @PrimaryColumn({ type: 'int' })
  appealId: number;

  @ManyToOne(() => Appeal, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'appealId' })
  appeal?: Appeal;

  /** As the appeal's own `isOpen`. */
  @Column({ type: 'boolean' })
  isOpen: boolean;

  /** As the appeal's own `dueAt`. */
  @TimeColumn()
  dueAt: Date;
}
