import type { DispatchRole } from '@lingjuli/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CodeColumn, TimeColumn } from '../../database/columns';
import { Department } from '../../organisation/department.entity';
import { User } from '../../users/user.entity';
import { Appeal } from './appeal.entity';
import { DispatchOrder } from './dispatch-order.entity';

/** A department's part in a dispatch order: lead (主办) or assisting (协办). */
@Entity('dispatch_assignments')
@Unique('UQ_dispatch_assignments_department', ['orderId', 'departmentId'])
@Index('IDX_dispatch_assignments_scope', ['departmentId', 'appealId'])
// A period's parts (at its part-days), and those still running, which the ranking reads live (docs/performance.md).
@Index('IDX_dispatch_assignments_dispatched', ['dispatchedAt'])
@Index('IDX_dispatch_assignments_running', ['appealEndedAt', 'dispatchedAt'])
export class DispatchAssignment {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  orderId: number;

  @ManyToOne(() => DispatchOrder, (o) => o.assignments, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'orderId' })
  order?: DispatchOrder;

  /** Copied from the order so a department's scope is one indexed lookup. */
  @Column({ type: 'int' })
  appealId: number;

  @ManyToOne(() => Appeal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'appealId' })
  appeal?: Appeal;

  @Column({ type: 'int' })
  departmentId: number;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'departmentId' })
  department?: Department;

  @CodeColumn()
  role: DispatchRole;

  /** Copied from the order: the period a department's part counts in. */
  @TimeColumn()
  dispatchedAt: Date;

  /**
   * When its appeal ended (set by AppealEndings): from then on the part's outcome is final and the
   * department ranking counts it in its rollup; until then it is read live.
   */
  @TimeColumn({ nullable: true })
  appealEndedAt: Date | null;

  @TimeColumn({ nullable: true })
  completedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  completedById: number | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'completedById' })
  completedBy?: User | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}
