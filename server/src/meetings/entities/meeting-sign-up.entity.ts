import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { TimeColumn } from '../../database/columns';
import { User } from '../../users/user.entity';
import { Meeting } from './meeting.entity';

/** She signed up for the meeting (one row per person; withdrawing deletes it). The sign-up limit counts these rows. */
@Entity('meeting_sign_ups')
@Unique('UQ_meeting_sign_ups', ['meetingId', 'userId'])
export class MeetingSignUp {
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

  @TimeColumn()
  signedUpAt: Date;
}
