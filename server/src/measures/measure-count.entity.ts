import type { Category, MeasureCounts, MeasureSource, Tier } from '@lingjuli/shared';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A counter row's span: a Beijing day, or a Beijing month (the same counts again, so a year reads twelve rows, not 365). */
export type MeasureGrain = 'day' | 'month';

/** Whose counts: a community's (the street and a grid sum their communities), or a department's (the appeals dispatched to it). */
export type MeasureScope = 'community' | 'department';

/**
 * The measures' counters (docs/domain.md §10.1, `shared/src/measures.ts`) for one scope, source, span,
 * tier and category, kept in step by the events that change them (measure-counters.ts) in their
 * transactions. Derived: no foreign keys, rebuilt from the ledger by `rebuildMeasureCounters`.
 */
@Entity('measure_counts')
export class MeasureCount implements MeasureCounts {
  @PrimaryColumn({ type: 'varchar', length: 8 })
  grain: MeasureGrain;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  scope: MeasureScope;

  @PrimaryColumn({ type: 'int' })
  scopeId: number;

  /**
   * `all`, or `city12345`: the same counts again for the 12345 work orders alone, so the city's view of
   * the street reads its own rows. After the scope in the key, so a read of one source stays one range.
   */
  @PrimaryColumn({ type: 'varchar', length: 16, default: 'all' })
  source: MeasureSource;

  /** The instant the Beijing day or month begins. */
  @PrimaryColumn({ type: 'datetime', precision: 3 })
  periodStart: Date;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  tier: Tier;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  category: Category;

  @Column({ type: 'int', default: 0 })
  filed: number;

  @Column({ type: 'int', default: 0 })
  filedProactive: number;

  @Column({ type: 'int', default: 0 })
  filedCity12345: number;

  @Column({ type: 'int', default: 0 })
  deadlinesDue: number;

  @Column({ type: 'int', default: 0 })
  deadlinesMet: number;

  @Column({ type: 'int', default: 0 })
  ratings: number;

  @Column({ type: 'int', default: 0 })
  ratedSolved: number;

  @Column({ type: 'int', default: 0 })
  ratedSatisfied: number;

  @Column({ type: 'int', default: 0 })
  ratedBasicallySatisfied: number;

  @Column({ type: 'int', default: 0 })
  closedInCommunity: number;

  @Column({ type: 'int', default: 0 })
  closedAtStreet: number;

  @Column({ type: 'int', default: 0 })
  closedByTaskForce: number;

  @Column({ type: 'int', default: 0 })
  liaisonVisits: number;
}
