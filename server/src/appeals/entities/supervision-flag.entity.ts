import type { Level } from '@lingjuli/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CodeColumn, TimeColumn } from '../../database/columns';
import { Appeal } from './appeal.entity';

export type SupervisionReason = 'deadlineBreached' | 'progressMissed';

/**
 * A supervision flag (督办) on an appeal. Unique per appeal, reason and deadline: this key is what
 * makes a breach count exactly once however many times, or by however many servers, it is processed.
 */
@Entity('supervision_flags')
@Unique('UQ_supervision_flags_once', ['appealId', 'reason', 'deadline'])
export class SupervisionFlag {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'int' })
  appealId: number;

  @ManyToOne(() => Appeal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'appealId' })
  appeal?: Appeal;

  @CodeColumn()
  reason: SupervisionReason;

  /** The real due time that was missed. */
  @TimeColumn()
  deadline: Date;

  /** Where the appeal was when it was flagged. */
  @CodeColumn()
  level: Level;

  @TimeColumn()
  createdAt: Date;
}
