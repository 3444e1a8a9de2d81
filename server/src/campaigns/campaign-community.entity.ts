import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Community } from '../organisation/community.entity';
import { Campaign } from './campaign.entity';

/** A community taking part in a campaign: its liaisons and staff report sites there, its residents see the result. */
@Entity('campaign_communities')
@Unique('UQ_campaign_communities', ['campaignId', 'communityId'])
// A community's campaigns (its staff's list, its residents' home).
@Index('IDX_campaign_communities_community', ['communityId', 'campaignId'])
export class CampaignCommunity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  campaignId: number;

  @ManyToOne(() => Campaign, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaignId' })
  campaign?: Campaign;

  @Column({ type: 'int' })
  communityId: number;

  @ManyToOne(() => Community, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'communityId' })
  community?: Community;
}
