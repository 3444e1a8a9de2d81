import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * How one community worked with one department on one Beijing day (derived, `collaboration-days.ts`):
 * the departments whistled by the community's whistles created that day, and the departments
 * dispatched by dispatch orders on the community's appeals dispatched that day. A secretary's
 * departments to score sum a period's days, so the read does not grow with the ledger.
 * No foreign keys: it is rebuilt from the rows it counts.
 */
@Entity('collaboration_days')
export class CollaborationDay {
  @PrimaryColumn({ type: 'int' })
  communityId: number;

  /** The instant the Beijing day begins (16:00 UTC the day before). */
  @PrimaryColumn({ type: 'datetime', precision: 3 })
  day: Date;

  @PrimaryColumn({ type: 'int' })
  departmentId: number;

  @Column({ type: 'int', default: 0 })
  whistles: number;

  @Column({ type: 'int', default: 0 })
  dispatched: number;
}
