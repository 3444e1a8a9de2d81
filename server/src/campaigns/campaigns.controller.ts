import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CampaignDetail, CampaignSiteInfo, CampaignSitePage, CampaignSummary } from '@lingjuli/shared';
import type { Response } from 'express';
import { Allow } from '../auth/access.decorators';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { ParseIdPipe } from '../common/validation/ids';
import { CampaignsService } from './campaigns.service';
import {
  ClearCampaignSiteDto,
  CreateCampaignDto,
  FinishCampaignDto,
  ListCampaignSitesQuery,
  ListCampaignsQuery,
  ReportCampaignSiteDto,
} from './dto/campaigns.dto';

/** 专项整治: the street's campaigns across communities, and the sites found and cleared in them. */
@ApiTags('campaigns')
@ApiBearerAuth()
@Controller('campaigns')
export class CampaignsController {
  constructor(private readonly campaigns: CampaignsService) {}

  /** A new campaign, planned: the communities (all or chosen) and the units taking part with their people. */
  @Allow('campaign.manage')
  @Post()
  create(@Ctx() ctx: RequestContext, @Body() body: CreateCampaignDto): Promise<CampaignDetail> {
    return this.campaigns.create(ctx, body);
  }

  @Allow('campaign.read')
  @Get()
  list(@Ctx() ctx: RequestContext, @Query() query: ListCampaignsQuery): Promise<CampaignSummary[]> {
    return this.campaigns.list(ctx, query);
  }

  @Allow('campaign.read')
  @Get(':id')
  get(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number): Promise<CampaignDetail> {
    return this.campaigns.get(ctx, id);
  }

  /** planned → active (409 from any other status). */
  @Allow('campaign.manage')
  @Post(':id/start')
  @HttpCode(200)
  start(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number): Promise<CampaignDetail> {
    return this.campaigns.start(ctx, id);
  }

  /** active → finished, recording the public result (409 from any other status). */
  @Allow('campaign.manage')
  @Post(':id/finish')
  @HttpCode(200)
  finish(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number, @Body() body: FinishCampaignDto): Promise<CampaignDetail> {
    return this.campaigns.finish(ctx, id, body);
  }

  /**
   * A site found on the rounds, in the reporter's own community, while the campaign is active: 201 taken,
   * 200 the site already taken with the same `clientKey` (a resend).
   */
  @Allow('campaign.reportSite')
  @Post(':id/sites')
  async reportSite(
    @Ctx() ctx: RequestContext,
    @Param('id', ParseIdPipe) id: number,
    @Body() body: ReportCampaignSiteDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CampaignSiteInfo> {
    const { site, created } = await this.campaigns.reportSite(ctx, id, body);
    res.status(created ? 201 : 200);
    return site;
  }

  /** The campaign's sites in the caller's view, newest first, 50 a page. */
  @Allow('campaign.read')
  @Get(':id/sites')
  listSites(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number, @Query() query: ListCampaignSitesQuery): Promise<CampaignSitePage> {
    return this.campaigns.listSites(ctx, id, query);
  }
}

@ApiTags('campaigns')
@ApiBearerAuth()
@Controller('campaign-sites')
export class CampaignSitesController {
  constructor(private readonly campaigns: CampaignsService) {}

  @Allow('campaign.read')
  @Get(':id')
  get(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number): Promise<CampaignSiteInfo> {
    return this.campaigns.getSite(ctx, id);
  }

  /** Cleared once, with what was done and how many were cleared (409 the second time). */
  @Allow('campaignSite.clear')
  @Post(':id/clear')
  @HttpCode(200)
  clear(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number, @Body() body: ClearCampaignSiteDto): Promise<CampaignSiteInfo> {
    return this.campaigns.clearSite(ctx, id, body);
  }
}
