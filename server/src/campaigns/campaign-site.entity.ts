import type { CampaignSiteStatus } from '@lingjuli/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, TimeColumn } from '../database/columns';
import { Building } from '../organisation/building.entity';
import { Community } from '../organisation/community.entity';
import { User } from '../users/user.entity';
import { Campaign } from './campaign.entity';

/**
 * A place where a campaign's problem was found (e.g. 3 private ground locks at one parking spot),
 * reported by a liaison or the community's staff, then cleared once by the community or a unit taking part.
 * `clientKey` is the phone's key for the report: the unique key makes a resend the same site.
 */
@Entity('campaign_sites')
// The progress, grouped per community and status; a community's sites, newest first.
@Index('IDX_campaign_sites_campaign', ['campaignId', 'communityId', 'status', 'id'])
// A liaison's own sites.
@Index('IDX_campaign_sites_reporter', ['reportedById', 'campaignId', 'id'])
// A resend of one report is the same site (many NULLs are allowed: reports without a key).
@Index('UQ_campaign_sites_client_key', ['campaignId', 'clientKey'], { unique: true })
export class CampaignSite {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  campaignId: number;

  @ManyToOne(() => Campaign, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaignId' })
  campaign?: Campaign;

  /** The reporter's community. */
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

  /** The place in words (e.g. 甲1号楼东侧车位); never shown to the public. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  locationText: string | null;

  @Column({ type: 'varchar', length: 500 })
  finding: string;

  /** How many things at this place. */
  @Column({ type: 'int' })
  count: number;

  @CodeColumn()
  status: CampaignSiteStatus;

  @Column({ type: 'int' })
  reportedById: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reportedById' })
  reportedBy?: User;

  @TimeColumn()
  reportedAt: Date;

  @Column({ type: 'int', nullable: true })
  clearedById: number | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'clearedById' })
  clearedBy?: User | null;

  @TimeColumn({ nullable: true })
  clearedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  clearedCount: number | null;

  @Column({ type: 'text', nullable: true })
  clearNote: string | null;

  /** The phone's key for the report, if it sent one: the same key again is the same site. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  clientKey: string | null;
}
