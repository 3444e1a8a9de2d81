import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { User } from '../../users/user.entity';
import { Meeting } from './meeting.entity';

/** A person a meeting is for by name (audience `invited`), e.g. a residents' representative (居民代表). */
@Entity('meeting_invitees')
@Unique('UQ_meeting_invitees', ['meetingId', 'userId'])
export class MeetingInvitee {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  meetingId: number;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meetingId' })
  meeting?: Meeting;

  @Column({ type: 'int' })
  userId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: User;
}
