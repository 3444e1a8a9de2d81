import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Residents' ratings on one Beijing day of one community's appeals, counted for one department
 * (derived, `rating-days.ts`): each rating given that day, once for every department its appeal had been
 * dispatched to by then. The ranking's satisfaction sums a period's days (by `day`), a secretary's score
 * evidence her community's (by the key). No foreign keys: it is rebuilt from the rows it counts.
 */
@Entity('rating_days')
@Index('IDX_rating_days_day', ['day'])
export class RatingDay {
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
