import type { Satisfaction, WhistleStatus, WhistleTargetStatus } from '@lingjuli/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CodeColumn, TimeColumn } from '../database/columns';
import { Department } from '../organisation/department.entity';
import { User } from '../users/user.entity';
import { Whistle } from './whistle.entity';

/** One whistled department: it reports in, acts, completes; the community rates its response at the close. */
@Entity('whistle_targets')
@Unique('UQ_whistle_targets_department', ['whistleId', 'departmentId'])
// A department's list, newest first, with or without a status: read from its own parts in order
// (docs/architecture.md, "Lists that grow"). The first also serves the department's foreign key.
@Index('IDX_whistle_targets_department_recent', ['departmentId', 'whistleCreatedAt', 'whistleId'])
@Index('IDX_whistle_targets_department_status_recent', ['departmentId', 'whistleStatus', 'whistleCreatedAt', 'whistleId'])
// The report-ins of a period still running (open whistle, neither reported in nor marked missed), which
// the department ranking reads live (evaluation/outcome-days.ts).
@Index('IDX_whistle_targets_running', ['whistleStatus', 'reportedInAt', 'reportInMissedAt', 'whistleCreatedAt'])
export class WhistleTarget {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  whistleId: number;

  @ManyToOne(() => Whistle, (w) => w.targets, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'whistleId' })
  whistle?: Whistle;

  @Column({ type: 'int' })
  departmentId: number;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'departmentId' })
  department?: Department;

  @CodeColumn()
  status: WhistleTargetStatus;

  /** The whistle's status, copied (and kept in step by the whistles service) for the department's list. */
  @CodeColumn()
  whistleStatus: WhistleStatus;

  /** The whistle's createdAt, copied for the department's list and the period's unsettled report-ins. */
  @TimeColumn()
  whistleCreatedAt: Date;

  @TimeColumn({ nullable: true })
  reportedInAt: Date | null;

  @Column({ type: 'int', nullable: true })
  reportedInById: number | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reportedInById' })
  reportedInBy?: User | null;

  /** Set by the report-in timer when the deadline passed first (counts against the department's ranking). */
  @TimeColumn({ nullable: true })
  reportInMissedAt: Date | null;

  @TimeColumn({ nullable: true })
  completedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  completedById: number | null;

  @Column({ type: 'text', nullable: true })
  completionNote: string | null;

  @CodeColumn({ nullable: true })
  rating: Satisfaction | null;

  @Column({ type: 'text', nullable: true })
  ratingComment: string | null;
}
