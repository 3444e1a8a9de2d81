import type { CampaignStatus } from '@lingjuli/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, TimeColumn } from '../database/columns';
import { User } from '../users/user.entity';

/**
 * A street-wide campaign (专项整治, docs/domain.md "Street-wide campaigns"), e.g. 地锁专项整治: the street runs it across
 * communities with units taking part; liaisons and community staff report its sites.
 */
@Entity('campaigns')
@Index('IDX_campaigns_status', ['status', 'id'])
export class Campaign {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'text' })
  description: string;

  /** What one site is, e.g. 私装地锁. */
  @Column({ type: 'varchar', length: 30 })
  siteKind: string;

  /** Every community of the street when it was created (each has its row in campaign_communities all the same). */
  @Column({ type: 'boolean' })
  allCommunities: boolean;

  /** Beijing calendar dates `YYYY-MM-DD`, both included: as text, they compare in order. */
  @Column({ type: 'varchar', length: 10 })
  startDate: string;

  @Column({ type: 'varchar', length: 10 })
  endDate: string;

  @CodeColumn()
  status: CampaignStatus;

  /** The public result, recorded when the campaign is finished. */
  @Column({ type: 'text', nullable: true })
  resultSummary: string | null;

  @Column({ type: 'int' })
  createdById: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'createdById' })
  createdBy?: User;

  @TimeColumn()
  createdAt: Date;

  @Column({ type: 'int', nullable: true })
  startedById: number | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'startedById' })
  startedBy?: User | null;

  @TimeColumn({ nullable: true })
  startedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  finishedById: number | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'finishedById' })
  finishedBy?: User | null;

  @TimeColumn({ nullable: true })
  finishedAt: Date | null;
}
