import type { DurationMeasure, MeasureSource, Tier } from '@lingjuli/shared';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { MeasureGrain, MeasureScope } from './measure-count.entity';

/**
 * A histogram of times (to first response, to resolution) for one scope, span and tier: how many fell
 * in each bucket of `DURATION_BUCKET_MINUTES`. The medians are read off it (`medianMinutes`). Derived
 * like `measure_counts`.
 */
@Entity('duration_counts')
export class DurationCount {
  @PrimaryColumn({ type: 'varchar', length: 8 })
  grain: MeasureGrain;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  scope: MeasureScope;

  @PrimaryColumn({ type: 'int' })
  scopeId: number;

  /** `all`, or `city12345` for the 12345 work orders alone (as in `measure_counts`). */
  @PrimaryColumn({ type: 'varchar', length: 16, default: 'all' })
  source: MeasureSource;

  @PrimaryColumn({ type: 'datetime', precision: 3 })
  periodStart: Date;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  tier: Tier;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  measure: DurationMeasure;

  @PrimaryColumn({ type: 'int' })
  bucket: number;

  @Column({ type: 'int', default: 0 })
  count: number;
}
