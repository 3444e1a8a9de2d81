import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Department } from '../organisation/department.entity';
import { Campaign } from './campaign.entity';

/** A unit taking part in a campaign (a street office, a coordination-committee member unit) and the people it sends. */
@Entity('campaign_units')
@Unique('UQ_campaign_units', ['campaignId', 'departmentId'])
// A department's campaigns.
@Index('IDX_campaign_units_department', ['departmentId', 'campaignId'])
export class CampaignUnit {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  campaignId: number;

  @ManyToOne(() => Campaign, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaignId' })
  campaign?: Campaign;

  @Column({ type: 'int' })
  departmentId: number;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'departmentId' })
  department?: Department;

  @Column({ type: 'int' })
  people: number;
}
