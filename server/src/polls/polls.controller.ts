import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { NEXT_CURSOR_HEADER, type PollAnswerReceipt, type PollDetail, type PollResults, type PollSummary } from '@lingjuli/shared';
import type { Response } from 'express';
import { Allow } from '../auth/access.decorators';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { sendXlsx, XLSX_CONTENT_TYPE } from '../common/export/xlsx';
import { ParseIdPipe } from '../common/validation/ids';
import { AdoptPollDto, AnswerPollDto, CreatePollDto, ListPollsQuery } from './dto/polls.dto';
import { pollResultSheets, pollResultsFile } from './poll-export';
import { PollsService } from './polls.service';

/** Polls and questionnaires of the deliberation hall (征求意见 / 问卷). */
@ApiTags('polls')
@ApiBearerAuth()
@Controller('polls')
export class PollsController {
  constructor(private readonly polls: PollsService) {}

  /** A poll in the caller's community; it closes itself at `closesAt`. */
  @Allow('poll.manage')
  @Post()
  create(@Ctx() ctx: RequestContext, @Body() body: CreatePollDto): Promise<PollDetail> {
    return this.polls.create(ctx, body);
  }

  /** Polls in the caller's scope (a resident: those she is asked in), newest first; the next page's cursor in the `Next-Cursor` header. */
  @Allow('poll.read')
  @Get()
  async list(@Ctx() ctx: RequestContext, @Query() query: ListPollsQuery, @Res({ passthrough: true }) res: Response): Promise<PollSummary[]> {
    const page = await this.polls.list(ctx, query);
    if (page.nextCursor) res.setHeader(NEXT_CURSOR_HEADER, page.nextCursor);
    return page.items;
  }

  @Allow('poll.read')
  @Get(':id')
  detail(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number): Promise<PollDetail> {
    return this.polls.detail(ctx, id);
  }

  /** The whole poll again: until the first answer (409 after), while it is not closed. */
  @Allow('poll.manage')
  @Put(':id')
  update(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number, @Body() body: CreatePollDto): Promise<PollDetail> {
    return this.polls.update(ctx, id, body);
  }

  /** Close it before its time; the results are out at once. */
  @Allow('poll.manage')
  @Post(':id/close')
  @HttpCode(200)
  close(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number): Promise<PollDetail> {
    return this.polls.close(ctx, id);
  }

  /** Her answer (once; once per household in a household poll). The receipt never repeats what was answered. */
  @Allow('poll.answer')
  @Post(':id/answers')
  answer(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number, @Body() body: AnswerPollDto): Promise<PollAnswerReceipt> {
    return this.polls.answer(ctx, id, body);
  }

  /** The adopted plan (采纳方案), once the poll closed. */
  @Allow('poll.manage')
  @Post(':id/adoption')
  @HttpCode(200)
  adopt(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number, @Body() body: AdoptPollDto): Promise<PollDetail> {
    return this.polls.adopt(ctx, id, body);
  }

  /** Staff: live, with the free words masked. Residents: once it closed. */
  @Allow('poll.read')
  @Get(':id/results')
  results(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number): Promise<PollResults> {
    return this.polls.results(ctx, id);
  }

  /** The results as an Excel workbook (summary, options, the free words masked). */
  @ApiProduces(XLSX_CONTENT_TYPE)
  @Allow('poll.results')
  @Get(':id/results.xlsx')
  async resultsXlsx(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number, @Res() res: Response): Promise<void> {
    const poll = await this.polls.detail(ctx, id);
    const results = await this.polls.results(ctx, id);
    await sendXlsx(res, pollResultsFile(poll), pollResultSheets(poll, results));
  }
}
