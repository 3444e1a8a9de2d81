import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CodeColumn, TimeColumn } from '../database/columns';

/** What a timer belongs to: an owner type a feature names (`appeal`, `whistleTarget`, `project`) and the owner's id. */
export interface TimerOwner {
  type: string;
  id: number;
}

/**
 * One timer of one owner, at most one per kind for each owner (docs/architecture.md, "Timers").
 * The owner is named by type and id, not by a foreign key, so a feature adds a kind of timer
 * without a migration; the feature that owns the kind registers its handler with the TimerRegistry.
 * Pending while `fireAt` is set; once fired, `fireAt` is cleared, so the due-time index holds only
 * pending timers and a sweep never reads the history. A changed deadline rewrites the row (and bumps
 * `version`) in the transaction of the change. (The table keeps the name it had when only appeals
 * had timers.)
 */
@Entity('appeal_timers')
@Unique('UQ_appeal_timers_owner_kind', ['ownerType', 'ownerId', 'kind'])
export class Timer {
  @PrimaryGeneratedColumn()
  id: number;

  /** The kind of thing it belongs to, e.g. `appeal`, `whistleTarget`, `project`. */
  @CodeColumn()
  ownerType: string;

  @Column({ type: 'int' })
  ownerId: number;

  /** What it does when it fires: the kind's handler in the TimerRegistry. */
  @CodeColumn()
  kind: string;

  @Index('IDX_appeal_timers_fire')
  @TimeColumn({ nullable: true })
  fireAt: Date | null;

  /** The deadline it guards (its due time); it fires at most once per deadline. */
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
