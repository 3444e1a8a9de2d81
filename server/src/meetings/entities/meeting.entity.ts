import type { Audience, MeetingStatus } from '@lingjuli/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, TimeColumn } from '../../database/columns';
import { Community } from '../../organisation/community.entity';
import { User } from '../../users/user.entity';

/**
 * A residents' meeting (议事会) of a community's deliberation hall: when and where, its agenda, who
 * it is for (`audience` with `meeting_buildings` or `meeting_invitees`), and, once held, its minutes —
 * a draft only staff see, then published to the audience and fixed.
 */
@Entity('meetings')
// A community's meetings in time order: its list, the residents' list, the participation figures.
@Index('IDX_meetings_community_start', ['communityId', 'startsAt'])
export class Meeting {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  communityId: number;

  @ManyToOne(() => Community, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'communityId' })
  community?: Community;

  @Column({ type: 'varchar', length: 100 })
  topic: string;

  @Column({ type: 'varchar', length: 100 })
  place: string;

  @TimeColumn()
  startsAt: Date;

  @TimeColumn()
  endsAt: Date;

  /** The items to discuss, in order. */
  @Column({ type: 'simple-json' })
  agenda: string[];

  @CodeColumn()
  audience: Audience;

  /** At most this many sign-ups; null: no limit. */
  @Column({ type: 'int', nullable: true })
  capacity: number | null;

  @CodeColumn()
  status: MeetingStatus;

  /** The door's check-in code: random, 24 characters of base64url, only for the community's staff to show. */
  @Column({ type: 'varchar', length: 64, unique: true })
  checkInCode: string;

  @Column({ type: 'int' })
  createdById: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'createdById' })
  createdBy?: User;

  @TimeColumn()
  createdAt: Date;

  @TimeColumn()
  updatedAt: Date;

  @TimeColumn({ nullable: true })
  cancelledAt: Date | null;

  @Column({ type: 'int', nullable: true })
  cancelledById: number | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  cancelReason: string | null;

  /** The minutes' text: null until a draft is saved. */
  @Column({ type: 'text', nullable: true })
  minutes: string | null;

  @TimeColumn({ nullable: true })
  minutesSavedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  minutesSavedById: number | null;

  /** Set once, with the decisions' timeline lines and notices; after it the minutes are fixed. */
  @TimeColumn({ nullable: true })
  minutesPublishedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  minutesPublishedById: number | null;
}
