import type { ActorRole, WhistleEventInfo } from '@lingjuli/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, TimeColumn } from '../database/columns';
import { Department } from '../organisation/department.entity';
import { User } from '../users/user.entity';
import { Whistle } from './whistle.entity';

/** One immutable line of a whistle's record: whistled, reported in, progress, completed, missed, closed. */
@Entity('whistle_events')
@Index('IDX_whistle_events_whistle', ['whistleId', 'id'])
export class WhistleEvent {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  whistleId: number;

  @ManyToOne(() => Whistle, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'whistleId' })
  whistle?: Whistle;

  @CodeColumn()
  type: WhistleEventInfo['type'];

  @Column({ type: 'int', nullable: true })
  actorId: number | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actorId' })
  actor?: User | null;

  @CodeColumn()
  actorRole: ActorRole;

  /** The department the line is about, if one. */
  @Column({ type: 'int', nullable: true })
  departmentId: number | null;

  @ManyToOne(() => Department, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'departmentId' })
  department?: Department | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @TimeColumn()
  at: Date;
}
