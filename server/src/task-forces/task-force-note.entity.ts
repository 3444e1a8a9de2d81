import type { NoteVisibility } from '@lingjuli/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, TimeColumn } from '../database/columns';
import { User } from '../users/user.entity';
import { TaskForce } from './task-force.entity';

/** The task force's own progress notes (each also appears on the appeal's timeline). */
@Entity('task_force_notes')
@Index('IDX_task_force_notes_task_force', ['taskForceId', 'id'])
export class TaskForceNote {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  taskForceId: number;

  @ManyToOne(() => TaskForce, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'taskForceId' })
  taskForce?: TaskForce;

  @Column({ type: 'int' })
  authorId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'authorId' })
  author?: User;

  @Column({ type: 'text' })
  content: string;

  @CodeColumn()
  visibility: NoteVisibility;

  @TimeColumn()
  at: Date;
}
