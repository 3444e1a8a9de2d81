import type { DispatchOrderStatus } from '@lingjuli/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, TimeColumn } from '../../database/columns';
import { User } from '../../users/user.entity';
import { Appeal } from './appeal.entity';
import { DispatchAssignment } from './dispatch-assignment.entity';

/** 批办单: the community's request for the street to take an appeal over, after consulting the grid secretary. */
@Entity('dispatch_orders')
export class DispatchOrder {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int', unique: true })
  appealId: number;

  @ManyToOne(() => Appeal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'appealId' })
  appeal?: Appeal;

  @Index()
  @CodeColumn()
  status: DispatchOrderStatus;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'int' })
  requestedById: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requestedById' })
  requestedBy?: User;

  @TimeColumn()
  requestedAt: Date;

  @Column({ type: 'int' })
  consultedWithId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'consultedWithId' })
  consultedWith?: User;

  @Column({ type: 'text' })
  consultationNote: string;

  @Column({ type: 'int', nullable: true })
  dispatchedById: number | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'dispatchedById' })
  dispatchedBy?: User | null;

  @TimeColumn({ nullable: true })
  dispatchedAt: Date | null;

  @OneToMany(() => DispatchAssignment, (a) => a.order)
  assignments?: DispatchAssignment[];
}
