import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The departments' settled outcomes of one Beijing day for one community (derived, `outcome-days.ts`):
 * the report-ins of the community's whistles raised that day and the parts of the orders dispatched that
 * day on its appeals whose outcome is final, and how many of each were on time. The ranking sums the
 * street's total rows of a period's days, a secretary's score evidence her community's, and both read
 * what is still running live. No foreign keys: it is rebuilt from the rows it counts.
 */
@Entity('outcome_days')
export class OutcomeDay {
  /** The community, or `STREET_TOTAL` (0) for every community's counts together. */
  @PrimaryColumn({ type: 'int' })
  communityId: number;

  /** The instant the Beijing day begins (16:00 UTC the day before). */
  @PrimaryColumn({ type: 'datetime', precision: 3 })
  day: Date;

  @PrimaryColumn({ type: 'int' })
  departmentId: number;

  @Column({ type: 'int', default: 0 })
  reportIns: number;

  @Column({ type: 'int', default: 0 })
  reportInsOnTime: number;

  @Column({ type: 'int', default: 0 })
  dispatched: number;

  @Column({ type: 'int', default: 0 })
  dispatchedOnTime: number;
}
