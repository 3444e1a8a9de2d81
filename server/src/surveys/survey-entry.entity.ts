import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { TimeColumn } from '../database/columns';
import { Building } from '../organisation/building.entity';
import { Community } from '../organisation/community.entity';
import { User } from '../users/user.entity';
import { Survey } from './survey.entity';

/**
 * One household's answers, taken at the door by a liaison or community staff of her own community.
 * `clientKey` is the phone's key for the entry: the unique key makes a resend the same entry.
 */
@Entity('survey_entries')
@Unique('UQ_survey_entries_client_key', ['surveyId', 'clientKey'])
@Index('IDX_survey_entries_community', ['surveyId', 'communityId'])
@Index('IDX_survey_entries_enterer', ['enteredById', 'surveyId'])
export class SurveyEntry {
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
  buildingId: number | null;

  @ManyToOne(() => Building, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'buildingId' })
  building?: Building | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  unit: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  room: string | null;

  /** When the household was asked (the phone's time, perhaps long before it was sent). */
  @TimeColumn()
  interviewedAt: Date;

  @Column({ type: 'int' })
  enteredById: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enteredById' })
  enteredBy?: User;

  /** When the server took it. */
  @TimeColumn()
  enteredAt: Date;

  @Column({ type: 'varchar', length: 64 })
  clientKey: string;
}
