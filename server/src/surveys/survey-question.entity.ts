import type { SurveyQuestionType } from '@lingjuli/shared';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CodeColumn } from '../database/columns';
import { Survey } from './survey.entity';

/** One question of a survey, fixed once the survey is made (the answers taken depend on it). */
@Entity('survey_questions')
@Unique('UQ_survey_questions_position', ['surveyId', 'position'])
export class SurveyQuestion {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  surveyId: number;

  @ManyToOne(() => Survey, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'surveyId' })
  survey?: Survey;

  /** 1, 2, 3 … in the order asked. */
  @Column({ type: 'int' })
  position: number;

  @CodeColumn()
  type: SurveyQuestionType;

  @Column({ type: 'varchar', length: 200 })
  text: string;
}
