import { Body, Controller, Get, Header, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { CategoryGrowthInfo, CommunityOverview, HotSpot, MeasureSettings, ScopeMeasures } from '@lingjuli/shared';
import type { Response } from 'express';
import { Allow } from '../auth/access.decorators';
import { attachmentDisposition } from '../common/export/download';
import { sendXlsx, XLSX_CONTENT_TYPE } from '../common/export/xlsx';
import { communityRankingCsv, communityRankingFile, communityRankingSheet } from './community-ranking-export';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { HotSpotsQueryDto, MeasureSettingsDto, MeasuresQueryDto, MonthQueryDto, OverviewQueryDto } from './dto/measures.dto';
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

  /**
   * The street's, a grid's, a community's or a department's figures for a month or a custom period (the
   * caller's own scope by default); `source=city12345` counts the 12345 work orders alone.
   */
  @Allow('measures.read')
  @Get()
  figures(@Ctx() ctx: RequestContext, @Query() query: MeasuresQueryDto): Promise<ScopeMeasures> {
    return this.measures.figures(ctx, query);
  }

  /** The communities of the street (or the grid) for a month: rates, rank and its change, open and overdue, twelve months of trend. */
  @Allow('measures.overview')
  @Get('overview')
  overview(@Ctx() ctx: RequestContext, @Query() query: OverviewQueryDto): Promise<CommunityOverview> {
    return this.measures.overview(ctx, query.month, query.source);
  }

  /** The same month's ranking of the communities as an Excel workbook (社区排名). */
  @ApiProduces(XLSX_CONTENT_TYPE)
  @Allow('measures.overview')
  @Get('overview.xlsx')
  async overviewXlsx(@Ctx() ctx: RequestContext, @Query() query: OverviewQueryDto, @Res() res: Response): Promise<void> {
    const overview = await this.measures.overview(ctx, query.month, query.source);
    await sendXlsx(res, communityRankingFile(overview, 'xlsx'), [communityRankingSheet(overview)]);
  }

  /** …and as CSV (UTF-8 with BOM, Chinese header). */
  @ApiProduces('text/csv')
  @Allow('measures.overview')
  @Get('overview.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async overviewCsv(@Ctx() ctx: RequestContext, @Query() query: OverviewQueryDto, @Res({ passthrough: true }) res: Response): Promise<string> {
    const overview = await this.measures.overview(ctx, query.month, query.source);
    const file = communityRankingFile(overview, 'csv');
    res.setHeader('Content-Disposition', attachmentDisposition(file.asciiName, file.name));
    return communityRankingCsv(overview);
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
