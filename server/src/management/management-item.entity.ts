import type { ManagementItemKind } from '@lingjuli/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, TimeColumn } from '../database/columns';
import { Community } from '../organisation/community.entity';
import { User } from '../users/user.entity';

/** 管理权: one entry of a community's list of management powers and resources (edited by the street). */
@Entity('management_items')
@Index('IDX_management_items_community', ['communityId', 'position'])
export class ManagementItem {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  communityId: number;

  @ManyToOne(() => Community, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'communityId' })
  community?: Community;

  @CodeColumn()
  kind: ManagementItemKind;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'text' })
  description: string;

  /** Order in the list. */
  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'int' })
  updatedById: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'updatedById' })
  updatedBy?: User;

  @TimeColumn()
  updatedAt: Date;
}
