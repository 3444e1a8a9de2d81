import type { AttendanceMethod } from '@lingjuli/shared';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CodeColumn, TimeColumn } from '../../database/columns';
import { User } from '../../users/user.entity';
import { Meeting } from './meeting.entity';

/** She was at the meeting: checked in at the door or recorded by staff, once (signed up or not). */
@Entity('meeting_attendances')
@Unique('UQ_meeting_attendances', ['meetingId', 'userId'])
export class MeetingAttendance {
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

  @CodeColumn()
  method: AttendanceMethod;

  /** The staff member who recorded her; null when she checked in herself. */
  @Column({ type: 'int', nullable: true })
  recordedById: number | null;

  @TimeColumn()
  at: Date;
}
