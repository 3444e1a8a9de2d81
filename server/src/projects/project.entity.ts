import type { ProjectKind, ProjectStatus } from '@lingjuli/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, TimeColumn } from '../database/columns';
import { Community } from '../organisation/community.entity';
import { User } from '../users/user.entity';

/** 建议权: a street project in a community's area, which may start only after the community's opinion. */
@Entity('projects')
@Index('IDX_projects_community', ['communityId', 'status'])
export class Project {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  communityId: number;

  @ManyToOne(() => Community, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'communityId' })
  community?: Community;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @CodeColumn()
  kind: ProjectKind;

  @CodeColumn()
  status: ProjectStatus;

  @Column({ type: 'int' })
  registeredById: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'registeredById' })
  registeredBy?: User;

  @TimeColumn()
  registeredAt: Date;

  @Index()
  @TimeColumn()
  opinionDueAt: Date;

  @TimeColumn({ nullable: true })
  startedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  startedById: number | null;
}
