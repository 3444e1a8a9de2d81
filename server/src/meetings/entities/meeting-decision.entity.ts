import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { Meeting } from './meeting.entity';
import { MeetingDecisionAppeal } from './meeting-decision-appeal.entity';

/** A decision of the meeting (决议), in the minutes' order; saved with each draft, fixed on publication. */
@Entity('meeting_decisions')
@Index('IDX_meeting_decisions_meeting', ['meetingId', 'position'])
export class MeetingDecision {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  meetingId: number;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meetingId' })
  meeting?: Meeting;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  text: string;

  /** Adopted (通过) or not (未通过); null when no vote was recorded. */
  @Column({ type: 'boolean', nullable: true })
  adopted: boolean | null;

  @OneToMany(() => MeetingDecisionAppeal, (link) => link.decision)
  appeals?: MeetingDecisionAppeal[];
}
