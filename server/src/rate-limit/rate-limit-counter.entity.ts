import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TimeColumn } from '../database/columns';

/**
 * One fixed-window counter of the request throttles (see RateLimited): kept in the database so that
 * every server process counts the same requests. Not domain data: rows expire and are swept.
 */
@Entity('rate_limit_counters')
export class RateLimitCounter {
  /** The throttle's name and a hash of what it tracks (an address, a username, a user). */
  @PrimaryColumn({ type: 'varchar', length: 100 })
  key: string;

  @Column({ type: 'int' })
  hits: number;

  @TimeColumn()
  windowEndsAt: Date;

  /** Over the limit: refused until then. */
  @TimeColumn({ nullable: true })
  blockedUntil: Date | null;
}
