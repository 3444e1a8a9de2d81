import { Column, Entity, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { Appeal } from '../appeals/entities/appeal.entity';
import { TimeColumn } from '../database/columns';
import { Department } from '../organisation/department.entity';
import { User } from '../users/user.entity';
import { TaskForceMember } from './task-force-member.entity';

/** 专班: a team the street forms for a major, difficult appeal (one per appeal). */
@Entity('task_forces')
export class TaskForce {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int', unique: true })
  appealId: number;

  @ManyToOne(() => Appeal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'appealId' })
  appeal?: Appeal;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'int' })
  leadDepartmentId: number;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'leadDepartmentId' })
  leadDepartment?: Department;

  @Column({ type: 'int' })
  formedById: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'formedById' })
  formedBy?: User;

  @TimeColumn()
  formedAt: Date;

  @OneToMany(() => TaskForceMember, (m) => m.taskForce)
  members?: TaskForceMember[];
}
