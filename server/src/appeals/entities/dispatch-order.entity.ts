import type { DispatchOrderStatus } from '@lingjuli/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, TimeColumn } from '../../database/columns';
import { User } from '../../users/user.entity';
import { Appeal } from './appeal.entity';
import { DispatchAssignment } from './dispatch-assignment.entity';

/**
 * 批办单: the community's request for the street to take an appeal over, after consulting the grid
 * secretary — or the system's, when the community let the deadline pass.
 */
@Entity('dispatch_orders')
// The pending orders, oldest first, a page read from the index (docs/architecture.md, "Lists that grow").
@Index('IDX_dispatch_orders_status_requested', ['status', 'requestedAt', 'id'])
// The pending orders overdue first, then by deadline (`sort: 'overdue'`): the overdue ones and those
// past due but responded to each from a range of the first, those still in time from the second.
@Index('IDX_dispatch_orders_status_responded_due', ['status', 'appealResponded', 'appealDueAt', 'id'])
@Index('IDX_dispatch_orders_status_due', ['status', 'appealDueAt', 'id'])
export class DispatchOrder {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int', unique: true })
  appealId: number;

  @ManyToOne(() => Appeal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'appealId' })
  appeal?: Appeal;

  @CodeColumn()
  status: DispatchOrderStatus;

  @Column({ type: 'text' })
  reason: string;

  /** Null when the system escalated the appeal on a breached deadline. */
  @Column({ type: 'int', nullable: true })
  requestedById: number | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requestedById' })
  requestedBy?: User | null;

  @TimeColumn()
  requestedAt: Date;

  /** The grid secretary consulted; null for an automatic escalation. */
  @Column({ type: 'int', nullable: true })
  consultedWithId: number | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'consultedWithId' })
  consultedWith?: User | null;

  @Column({ type: 'text' })
  consultationNote: string;

  @Column({ type: 'int', nullable: true })
  dispatchedById: number | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'dispatchedById' })
  dispatchedBy?: User | null;

  // A period's ranking reads its rows by this time (docs/performance.md, "Reads as the ledger grows").
  @Index('IDX_dispatch_orders_dispatched')
  @TimeColumn({ nullable: true })
  dispatchedAt: Date | null;

  /** As its appeal's `dueAt`, kept in step by `writeAppeal` (see AppealInvolvement). */
  @TimeColumn()
  appealDueAt: Date;

  /** Whether its appeal's deadline was met (`respondedAt` set), kept in step by `writeAppeal`. */
  @Column({ type: 'boolean', default: false })
  appealResponded: boolean;

  @OneToMany(() => DispatchAssignment, (a) => a.order)
  assignments?: DispatchAssignment[];
}
