import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CategoryGrowthInfo, CommunityOverview, HotSpot, MeasureSettings, ScopeMeasures } from '@lingjuli/shared';
import { Allow } from '../auth/access.decorators';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { HotSpotsQueryDto, MeasureSettingsDto, MeasuresQueryDto, MonthQueryDto } from './dto/measures.dto';
import { MeasureSettingsService } from './measure-settings.service';
import { MeasuresService } from './measures.service';

/** The measures (docs/domain.md §10): a scope's figures, the communities' overview, repeat problems, growing categories, the settings. */
@ApiTags('measures')
@ApiBearerAuth()
@Controller('measures')
export class MeasuresController {
  constructor(
    private readonly measures: MeasuresService,
    private readonly settings: MeasureSettingsService,
  ) {}

  /** The street's, a grid's, a community's or a department's figures for a month or a custom period (the caller's own scope by default). */
  @Allow('measures.read')
  @Get()
  figures(@Ctx() ctx: RequestContext, @Query() query: MeasuresQueryDto): Promise<ScopeMeasures> {
    return this.measures.figures(ctx, query);
  }

  /** The communities of the street (or the grid) for a month: rates, rank and its change, open and overdue, twelve months of trend. */
  @Allow('measures.overview')
  @Get('overview')
  overview(@Ctx() ctx: RequestContext, @Query() query: MonthQueryDto): Promise<CommunityOverview> {
    return this.measures.overview(ctx, query.month);
  }

  @Allow('measures.read')
  @Get('hot-spots')
  hotSpots(@Ctx() ctx: RequestContext, @Query() query: HotSpotsQueryDto): Promise<HotSpot[]> {
    return this.measures.hotSpots(ctx, query.communityId);
  }

  @Allow('measures.read')
  @Get('growing-categories')
  growingCategories(@Ctx() ctx: RequestContext, @Query() query: MonthQueryDto): Promise<CategoryGrowthInfo[]> {
    return this.measures.growingCategories(ctx, query.month);
  }

  @Allow('measures.read')
  @Get('settings')
  currentSettings(): Promise<MeasureSettings> {
    return this.settings.current();
  }

  @Allow('measures.configure')
  @Put('settings')
  updateSettings(@Ctx() ctx: RequestContext, @Body() body: MeasureSettingsDto): Promise<MeasureSettings> {
    return this.settings.update(ctx, body);
  }
}
