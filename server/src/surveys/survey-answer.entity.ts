import type { SurveyChoice } from '@lingjuli/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn } from '../database/columns';
import { SurveyEntry } from './survey-entry.entity';
import { SurveyQuestion } from './survey-question.entity';

/**
 * One answer of an entry: a choice, or words for a text question. The survey and community are
 * copied from the entry so that a question's tally per community is one grouped read of its index.
 */
@Entity('survey_answers')
@Index('IDX_survey_answers_tally', ['surveyId', 'questionId', 'communityId', 'choice'])
export class SurveyAnswer {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  entryId: number;

  @ManyToOne(() => SurveyEntry, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'entryId' })
  entry?: SurveyEntry;

  @Column({ type: 'int' })
  surveyId: number;

  @Column({ type: 'int' })
  questionId: number;

  @ManyToOne(() => SurveyQuestion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'questionId' })
  question?: SurveyQuestion;

  @Column({ type: 'int' })
  communityId: number;

  @CodeColumn({ nullable: true })
  choice: SurveyChoice | null;

  @Column({ type: 'text', nullable: true })
  text: string | null;
}
