import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Appeal } from '../../appeals/entities/appeal.entity';
import { MeetingDecision } from './meeting-decision.entity';

/** An appeal of the meeting's community that a decision answers; its residents are told when the minutes are published. */
@Entity('meeting_decision_appeals')
@Unique('UQ_meeting_decision_appeals', ['decisionId', 'appealId'])
export class MeetingDecisionAppeal {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  decisionId: number;

  @ManyToOne(() => MeetingDecision, (decision) => decision.appeals, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'decisionId' })
  decision?: MeetingDecision;

  /** The decisions about an appeal, from its side. */
  @Index()
  @Column({ type: 'int' })
  appealId: number;

  @ManyToOne(() => Appeal, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'appealId' })
  appeal?: Appeal;
}
