import type { Opinion } from '@lingjuli/shared';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, TimeColumn } from '../database/columns';
import { User } from '../users/user.entity';
import { Project } from './project.entity';

/** The community's opinion on a project: agree, agree with conditions, or object, with its reasons. One per project. */
@Entity('project_opinions')
export class ProjectOpinion {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int', unique: true })
  projectId: number;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'projectId' })
  project?: Project;

  @CodeColumn()
  opinion: Opinion;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'int' })
  byId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'byId' })
  by?: User;

  @TimeColumn()
  at: Date;
}
