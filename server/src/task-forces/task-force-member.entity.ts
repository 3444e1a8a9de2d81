import type { TaskForceMemberInfo } from '@lingjuli/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn } from '../database/columns';
import { Community } from '../organisation/community.entity';
import { Department } from '../organisation/department.entity';
import { TaskForce } from './task-force.entity';

/** A member of a task force: a department (lead or not), the community, or a named person (residents' representative). */
@Entity('task_force_members')
@Index('IDX_task_force_members_department', ['departmentId'])
export class TaskForceMember {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  taskForceId: number;

  @ManyToOne(() => TaskForce, (t) => t.members, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'taskForceId' })
  taskForce?: TaskForce;

  @CodeColumn()
  kind: TaskForceMemberInfo['kind'];

  @Column({ type: 'int', nullable: true })
  departmentId: number | null;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'departmentId' })
  department?: Department | null;

  @Column({ type: 'int', nullable: true })
  communityId: number | null;

  @ManyToOne(() => Community, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'communityId' })
  community?: Community | null;

  /** The person's name and role, for kind `person`. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  name: string | null;

  @Column({ type: 'boolean', default: false })
  lead: boolean;
}
