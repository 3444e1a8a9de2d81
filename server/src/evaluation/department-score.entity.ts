import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { TimeColumn } from '../database/columns';
import { Community } from '../organisation/community.entity';
import { Department } from '../organisation/department.entity';
import { User } from '../users/user.entity';
import { EvaluationPeriod } from './evaluation-period.entity';

/** 考评: one community's score (0–100) of one department for one period; scoring again replaces it. */
@Entity('department_scores')
@Unique('UQ_department_scores_once', ['periodId', 'communityId', 'departmentId'])
export class DepartmentScore {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  periodId: number;

  @ManyToOne(() => EvaluationPeriod, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'periodId' })
  period?: EvaluationPeriod;

  @Column({ type: 'int' })
  communityId: number;

  @ManyToOne(() => Community, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'communityId' })
  community?: Community;

  @Column({ type: 'int' })
  departmentId: number;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'departmentId' })
  department?: Department;

  @Column({ type: 'int' })
  score: number;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Column({ type: 'int' })
  byId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'byId' })
  by?: User;

  @TimeColumn()
  at: Date;
}
