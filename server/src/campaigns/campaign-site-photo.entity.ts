import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn } from '../database/columns';
import { Attachment } from '../uploads/attachment.entity';
import { CampaignSite } from './campaign-site.entity';

/** Which moment of a site a photo shows: as found, or once cleared. */
export type CampaignSitePhotoStage = 'found' | 'cleared';

/**
 * A photo on a campaign site: the reporter's (or clearer's) own upload, used once (the unique key), so
 * the attachments table needs no column of its own. A photo gone with its uploader goes from here too.
 */
@Entity('campaign_site_photos')
@Index('IDX_campaign_site_photos_site', ['siteId'])
export class CampaignSitePhoto {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  siteId: number;

  @ManyToOne(() => CampaignSite, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'siteId' })
  site?: CampaignSite;

  @Column({ type: 'int', unique: true })
  attachmentId: number;

  @ManyToOne(() => Attachment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attachmentId' })
  attachment?: Attachment;

  @CodeColumn()
  stage: CampaignSitePhotoStage;
}
