import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CampaignAccess } from './campaign-access';
import { CampaignCommunity } from './campaign-community.entity';
import { CampaignPhotos } from './campaign-photos';
import { CampaignResultsController } from './campaign-results.controller';
import { CampaignResultsService } from './campaign-results.service';
import { CampaignSitePhoto } from './campaign-site-photo.entity';
import { CampaignSite } from './campaign-site.entity';
import { CampaignUnit } from './campaign-unit.entity';
import { Campaign } from './campaign.entity';
import { CampaignSitesController, CampaignsController } from './campaigns.controller';
import { CampaignsService } from './campaigns.service';

/** Street-wide campaigns (专项整治, docs/domain.md "Street-wide campaigns"): campaigns, their sites, progress and public result. */
@Module({
  imports: [TypeOrmModule.forFeature([Campaign, CampaignCommunity, CampaignUnit, CampaignSite, CampaignSitePhoto])],
  controllers: [CampaignsController, CampaignSitesController, CampaignResultsController],
  providers: [CampaignAccess, CampaignsService, CampaignResultsService, CampaignPhotos],
})
export class CampaignsModule {}
