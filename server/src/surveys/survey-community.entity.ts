import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Community } from '../organisation/community.entity';
import { Survey } from './survey.entity';

/** A community taking part in a survey, with its households when known (the finite-population correction). */
@Entity('survey_communities')
@Unique('UQ_survey_communities', ['surveyId', 'communityId'])
@Index('IDX_survey_communities_community', ['communityId', 'surveyId'])
export class SurveyCommunity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  surveyId: number;

  @ManyToOne(() => Survey, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'surveyId' })
  survey?: Survey;

  @Column({ type: 'int' })
  communityId: number;

  @ManyToOne(() => Community, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'communityId' })
  community?: Community;

  @Column({ type: 'int', nullable: true })
  households: number | null;
}
