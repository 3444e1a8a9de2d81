import type { Tier, WhistleStatus } from '@lingjuli/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { Appeal } from '../appeals/entities/appeal.entity';
import { CodeColumn, TimeColumn } from '../database/columns';
import { Community } from '../organisation/community.entity';
import { User } from '../users/user.entity';
import { WhistleTarget } from './whistle-target.entity';

/** 吹哨: a community's call on one or more departments, about an appeal or a community matter, with a report-in deadline. */
@Entity('whistles')
// The lists, newest first: a community's, with or without a status, and the street's by status
// (docs/architecture.md, "Lists that grow"); the street's whole list reads IDX_whistles_created.
@Index('IDX_whistles_community_recent', ['communityId', 'createdAt', 'id'])
@Index('IDX_whistles_community_status_recent', ['communityId', 'status', 'createdAt', 'id'])
@Index('IDX_whistles_status_recent', ['status', 'createdAt', 'id'])
export class Whistle {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  communityId: number;

  @ManyToOne(() => Community, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'communityId' })
  community?: Community;

  @Index()
  @Column({ type: 'int', nullable: true })
  appealId: number | null;

  @ManyToOne(() => Appeal, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'appealId' })
  appeal?: Appeal | null;

  @Column({ type: 'varchar', length: 100 })
  subject: string;

  @Column({ type: 'text' })
  description: string;

  @CodeColumn()
  tier: Tier;

  @CodeColumn()
  status: WhistleStatus;

  @Column({ type: 'int' })
  createdById: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'createdById' })
  createdBy?: User;

  // A period's ranking reads its rows by this time (docs/performance.md, "Reads as the ledger grows").
  @Index('IDX_whistles_created')
  @TimeColumn()
  createdAt: Date;

  /** Every whistled department must report in (报到) by then. */
  @TimeColumn()
  reportInDueAt: Date;

  @TimeColumn({ nullable: true })
  closedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  closedById: number | null;

  @OneToMany(() => WhistleTarget, (t) => t.whistle)
  targets?: WhistleTarget[];
}
