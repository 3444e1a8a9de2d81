import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { SurveyEntryInfo, SurveyInfo, SurveyResults } from '@lingjuli/shared';
import type { Response } from 'express';
import { Allow } from '../auth/access.decorators';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { sendXlsx, XLSX_CONTENT_TYPE } from '../common/export/xlsx';
import { ParseIdPipe } from '../common/validation/ids';
import { CreateSurveyDto, ListSurveysQuery, SurveyEntryDto, SurveyResultsQueryDto } from './dto/surveys.dto';
import { surveyResultSheets, surveyResultsFile } from './survey-results-export';
import { SurveyResultsService } from './survey-results.service';
import { SurveysService } from './surveys.service';

/** Door-to-door satisfaction surveys (入户调查): made by the street or a community, answered at the door, read with their margins. */
@ApiTags('surveys')
@ApiBearerAuth()
@Controller('surveys')
export class SurveysController {
  constructor(
    private readonly surveys: SurveysService,
    private readonly results: SurveyResultsService,
  ) {}

  /** The street across its communities (all, or those named), a community for itself. */
  @Allow('survey.manage')
  @Post()
  create(@Ctx() ctx: RequestContext, @Body() body: CreateSurveyDto): Promise<SurveyInfo> {
    return this.surveys.create(ctx, body);
  }

  /** The surveys of the caller's scope, newest first; a liaison's: the open ones of her community, with her count. */
  @Allow('survey.read')
  @Get()
  list(@Ctx() ctx: RequestContext, @Query() query: ListSurveysQuery): Promise<SurveyInfo[]> {
    return this.surveys.list(ctx, query);
  }

  @Allow('survey.read')
  @Get(':id')
  get(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number): Promise<SurveyInfo> {
    return this.surveys.get(ctx, id);
  }

  /** Closes the survey before its last day is over (its runner only); entries are then refused. */
  @Allow('survey.manage')
  @Post(':id/close')
  @HttpCode(200)
  close(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number): Promise<SurveyInfo> {
    return this.surveys.close(ctx, id);
  }

  /** One household's answers: 201 taken, 200 the entry already taken with the same `clientKey` (a resend). */
  @Allow('survey.respond')
  @Post(':id/entries')
  async enter(
    @Ctx() ctx: RequestContext,
    @Param('id', ParseIdPipe) id: number,
    @Body() body: SurveyEntryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SurveyEntryInfo> {
    const { entry, created } = await this.surveys.enter(ctx, id, body);
    res.status(created ? 201 : 200);
    return entry;
  }

  /** Per question, per community and together: sample, counts, share, margin at 95 %, Wilson interval, progress. */
  @Allow('survey.results')
  @Get(':id/results')
  read(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number, @Query() query: SurveyResultsQueryDto): Promise<SurveyResults> {
    return this.results.results(ctx, id, query);
  }

  /** The same results as an Excel workbook: tallies, samples and the masked words, never the entries. */
  @ApiProduces(XLSX_CONTENT_TYPE)
  @Allow('survey.results')
  @Get(':id/results.xlsx')
  async readXlsx(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number, @Query() query: SurveyResultsQueryDto, @Res() res: Response): Promise<void> {
    const results = await this.results.results(ctx, id, query, true);
    await sendXlsx(res, surveyResultsFile(results), surveyResultSheets(results));
  }
}
