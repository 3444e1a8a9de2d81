import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CampaignPublicResult, CommunityCampaignItem } from '@lingjuli/shared';
import { Public } from '../auth/access.decorators';
import { ParseIdPipe } from '../common/validation/ids';
import { CampaignResultsService } from './campaign-results.service';

/** A campaign's public result, for residents without logging in: counts and units, nothing of a person. */
@ApiTags('campaigns')
@Controller()
export class CampaignResultsController {
  constructor(private readonly results: CampaignResultsService) {}

  /** An active or finished campaign (a planned one is 404). */
  @Public()
  @Get('campaigns/:id/result')
  result(@Param('id', ParseIdPipe) id: number): Promise<CampaignPublicResult> {
    return this.results.result(id);
  }

  /** The community's running and finished campaigns, for its home page. */
  @Public()
  @Get('communities/:id/campaigns')
  forCommunity(@Param('id', ParseIdPipe) id: number): Promise<CommunityCampaignItem[]> {
    return this.results.forCommunity(id);
  }
}
