import type { Category, FeedbackMethod, Tier } from '@lingjuli/shared';
import { Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, TimeColumn } from '../../database/columns';
import { Department } from '../../organisation/department.entity';
import { User } from '../../users/user.entity';
import { Appeal } from './appeal.entity';

/**
 * Telling the resident the result or the next steps (反馈), in person, by phone or online: by the
 * community, or jointly by the departments working on the appeal and the community (职能科室与社区一起反馈).
 */
@Entity('appeal_feedbacks')
// Who recorded them, newest first: a liaison's latest visits (her record).
@Index('IDX_appeal_feedbacks_by_recent', ['byId', 'at', 'id'])
export class AppealFeedback {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'int' })
  appealId: number;

  @ManyToOne(() => Appeal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'appealId' })
  appeal?: Appeal;

  @CodeColumn()
  method: FeedbackMethod;

  /** Who recorded it. */
  @Column({ type: 'int' })
  byId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'byId' })
  by?: User;

  @Column({ type: 'text' })
  content: string;

  @Column({ type: 'text', nullable: true })
  residentOpinion: string | null;

  /** Feedback on the result (after resolution), as opposed to an interim one. */
  @Column({ type: 'boolean' })
  final: boolean;

  @TimeColumn()
  at: Date;

  /** The appeal's tier and category when it was given (the measures count it under them). */
  @CodeColumn()
  tier: Tier;

  @CodeColumn()
  category: Category;

  /** The community's person who took part, when a department recorded it. */
  @Column({ type: 'int', nullable: true })
  communityPartyId: number | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'communityPartyId' })
  communityParty?: User | null;

  /** The departments that took part (the recording department among them); none when the community fed back alone. */
  @ManyToMany(() => Department)
  @JoinTable({ name: 'appeal_feedback_departments', joinColumn: { name: 'feedbackId' }, inverseJoinColumn: { name: 'departmentId' } })
  departments?: Department[];
}
