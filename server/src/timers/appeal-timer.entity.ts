import type { TimerKind } from '@lingjuli/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Appeal } from '../appeals/entities/appeal.entity';
import { WhistleTarget } from '../whistles/whistle-target.entity';
import { CodeColumn, TimeColumn } from '../database/columns';

/**
 * One timer of one appeal, or of one whistled department (at most one per kind for each). Pending while `fireAt` is set; once fired,
 * `fireAt` is cleared, so the due-time index holds only pending timers and a sweep never reads the
 * history. A changed deadline rewrites the row (and bumps `version`) in the transaction of the change.
 */
@Entity('appeal_timers')
@Unique('UQ_appeal_timers_kind', ['appealId', 'kind'])
@Unique('UQ_appeal_timers_whistle_target_kind', ['whistleTargetId', 'kind'])
export class AppealTimer {
  @PrimaryGeneratedColumn()
  id: number;

  /** The appeal whose deadline it guards (null for a whistle's report-in timer). */
  @Column({ type: 'int', nullable: true })
  appealId: number | null;

  @ManyToOne(() => Appeal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'appealId' })
  appeal?: Appeal | null;

  /** The whistled department whose report-in deadline it guards (kind `whistleReportIn`). */
  @Column({ type: 'int', nullable: true })
  whistleTargetId: number | null;

  @ManyToOne(() => WhistleTarget, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'whistleTargetId' })
  whistleTarget?: WhistleTarget | null;

  @CodeColumn()
  kind: TimerKind;

  @Index('IDX_appeal_timers_fire')
  @TimeColumn({ nullable: true })
  fireAt: Date | null;

  /** The deadline it guards; it fires at most once per deadline. */
  @TimeColumn()
  deadline: Date;

  @TimeColumn({ nullable: true })
  firedAt: Date | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  /** Failed attempts; a failing timer is retried later instead of blocking the others. */
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  lastError: string | null;
}
