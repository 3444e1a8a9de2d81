import type { ActorRole, AppealStatus, NoteVisibility, TimelineEntryData, TimelineEntryType } from '@lingjuli/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, TimeColumn } from '../../database/columns';
import { User } from '../../users/user.entity';
import { Appeal } from './appeal.entity';

export type AppealEventType = TimelineEntryType;

/** One immutable line of an appeal's timeline (the ledger): who, role, when, from → to, note. Never updated. */
@Entity('appeal_events')
@Index('IDX_appeal_events_appeal', ['appealId', 'id'])
// Public lines by time, for the status updates other systems poll (open311/, servicerequestupdates): read in
// time order, filtered by type from the index, each line's appeal then by its primary key.
@Index('IDX_appeal_events_public_time', ['visibility', 'at', 'id', 'appealId', 'type'])
export class AppealEvent {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  appealId: number;

  @ManyToOne(() => Appeal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'appealId' })
  appeal?: Appeal;

  @CodeColumn()
  type: AppealEventType;

  @Column({ type: 'int', nullable: true })
  actorId: number | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actorId' })
  actor?: User | null;

  /** The role at the time, kept even if the user's role changes later. */
  @CodeColumn()
  actorRole: ActorRole;

  @TimeColumn()
  at: Date;

  @CodeColumn({ nullable: true })
  fromStatus: AppealStatus | null;

  @CodeColumn({ nullable: true })
  toStatus: AppealStatus | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @CodeColumn()
  visibility: NoteVisibility;

  /** What else changed (tier and deadline before/after, assignees, departments), in the shape of its `type` (`TimelineData`). */
  @Column({ type: 'simple-json', nullable: true })
  data: TimelineEntryData | null;
}
