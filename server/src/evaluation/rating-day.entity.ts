import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Residents' ratings on one Beijing day of one community's appeals, counted for one department
 * (derived, `rating-days.ts`): each rating given that day, once for every department its appeal had been
 * dispatched to by then. The ranking's satisfaction sums the street's total rows of a period's days, a
 * secretary's score evidence her community's. No foreign keys: it is rebuilt from the rows it counts.
 */
@Entity('rating_days')
export class RatingDay {
  /** The community, or `STREET_TOTAL` (0) for every community's counts together. */
  @PrimaryColumn({ type: 'int' })
  communityId: number;

  /** The instant the Beijing day begins (16:00 UTC the day before). */
  @PrimaryColumn({ type: 'datetime', precision: 3 })
  day: Date;

  @PrimaryColumn({ type: 'int' })
  departmentId: number;

  @Column({ type: 'int', default: 0 })
  rated: number;

  /** 满意 or 基本满意. */
  @Column({ type: 'int', default: 0 })
  satisfied: number;
}
