import type { MeasureSource } from '@lingjuli/shared';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * How many of a community's appeals are open (not closed, withdrawn or rejected), kept in step when one
 * is filed and when one ends, so the street's overview reads 27 rows, not every open appeal. Derived:
 * rebuilt with the measures' counters.
 */
@Entity('open_appeal_counts')
export class OpenAppealCount {
  @PrimaryColumn({ type: 'int' })
  communityId: number;

  /** `all`, or `city12345` for the open 12345 work orders alone. */
  @PrimaryColumn({ type: 'varchar', length: 16, default: 'all' })
  source: MeasureSource;

  @Column({ type: 'int', default: 0 })
  open: number;
}
