import { Body, Controller, Get, Header, Param, Post, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { DepartmentRanking, DepartmentToScore, EvaluationPeriodInfo } from '@lingjuli/shared';
import type { Response } from 'express';
import { Allow } from '../auth/access.decorators';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { sendXlsx, XLSX_CONTENT_TYPE } from '../common/export/xlsx';
import { ParseIdPipe } from '../common/validation/ids';
import { DepartmentRankingService } from './department-ranking.service';
import { CreateEvaluationPeriodDto, ScoreDepartmentDto } from './dto/evaluation.dto';
import { EvaluationService } from './evaluation.service';
import { rankingCsv, rankingCsvDisposition, rankingFile, rankingSheet } from './ranking-export';

/** 考评权: periods, communities' scores of departments, and the department ranking. */
@ApiTags('evaluation')
@ApiBearerAuth()
@Controller('evaluation/periods')
export class EvaluationController {
  constructor(
    private readonly evaluation: EvaluationService,
    private readonly ranking: DepartmentRankingService,
  ) {}

  @Allow('evaluation.period')
  @Get()
  periods(): Promise<EvaluationPeriodInfo[]> {
    return this.evaluation.periods();
  }

  /** Without dates: the current quarter. */
  @Allow('evaluation.managePeriods')
  @Post()
  create(@Body() body: CreateEvaluationPeriodDto): Promise<EvaluationPeriodInfo> {
    return this.evaluation.createPeriod(body);
  }

  /** The departments the secretary's community worked with in the period, and her scores so far. */
  @Allow('evaluation.score')
  @Get(':id/departments')
  departments(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number): Promise<DepartmentToScore[]> {
    return this.evaluation.departmentsToScore(ctx, id);
  }

  /** Score one department (0–100 whole points); scoring again replaces the score. */
  @Allow('evaluation.score')
  @Put(':id/scores')
  score(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number, @Body() body: ScoreDepartmentDto): Promise<DepartmentToScore> {
    return this.evaluation.score(ctx, id, body);
  }

  @Allow('evaluation.ranking')
  @Get(':id/ranking')
  rankingOf(@Param('id', ParseIdPipe) id: number): Promise<DepartmentRanking> {
    return this.ranking.ranking(id);
  }

  /** The same ranking as a CSV download for the year-end review (UTF-8 with BOM, Chinese header). */
  @ApiProduces('text/csv')
  @Allow('evaluation.ranking')
  @Get(':id/ranking.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async rankingCsv(@Param('id', ParseIdPipe) id: number, @Res({ passthrough: true }) res: Response): Promise<string> {
    const ranking = await this.ranking.ranking(id);
    res.setHeader('Content-Disposition', rankingCsvDisposition(ranking));
    return rankingCsv(ranking);
  }

  /** The same ranking as an Excel workbook, the same columns as the CSV. */
  @ApiProduces(XLSX_CONTENT_TYPE)
  @Allow('evaluation.ranking')
  @Get(':id/ranking.xlsx')
  async rankingXlsx(@Param('id', ParseIdPipe) id: number, @Res() res: Response): Promise<void> {
    const ranking = await this.ranking.ranking(id);
    await sendXlsx(res, rankingFile(ranking, 'xlsx'), [rankingSheet(ranking)]);
  }
}
