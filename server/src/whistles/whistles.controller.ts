import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { NEXT_CURSOR_HEADER, type WhistleDetail, type WhistleSummary } from '@lingjuli/shared';
import type { Response } from 'express';
import { Allow } from '../auth/access.decorators';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { ParseIdPipe } from '../common/validation/ids';
import { CloseWhistleDto, CompleteWhistleDto, CreateWhistleDto, ListWhistlesQuery, ReportInDto, WhistleProgressDto } from './dto/whistles.dto';
import { WhistleQueriesService } from './whistle-queries.service';
import { WhistlesService } from './whistles.service';

/** 吹哨: the community whistles departments; each reports in, acts and completes; the community rates them. */
@ApiTags('whistles')
@ApiBearerAuth()
@Controller('whistles')
export class WhistlesController {
  constructor(
    private readonly whistles: WhistlesService,
    private readonly queries: WhistleQueriesService,
  ) {}

  private async detailAfter(ctx: RequestContext, done: Promise<{ id: number }>): Promise<WhistleDetail> {
    return this.queries.detail(ctx, (await done).id);
  }

  @Allow('whistle.create')
  @Post()
  create(@Ctx() ctx: RequestContext, @Body() body: CreateWhistleDto): Promise<WhistleDetail> {
    return this.detailAfter(ctx, this.whistles.create(ctx, body));
  }

  /** Whistles in the caller's scope, newest first, a page at a time; the next page's cursor in the `Next-Cursor` header. */
  @Allow('whistle.read')
  @Get()
  async list(@Ctx() ctx: RequestContext, @Query() query: ListWhistlesQuery, @Res({ passthrough: true }) res: Response): Promise<WhistleSummary[]> {
    const page = await this.queries.list(ctx, query);
    if (page.nextCursor) res.setHeader(NEXT_CURSOR_HEADER, page.nextCursor);
    return page.items;
  }

  @Allow('whistle.read')
  @Get(':id')
  detail(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number): Promise<WhistleDetail> {
    return this.queries.detail(ctx, id);
  }

  /** The caller's department reports in (报到). */
  @Allow('whistle.respond')
  @Post(':id/report-in')
  @HttpCode(200)
  reportIn(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number, @Body() body: ReportInDto): Promise<WhistleDetail> {
    return this.detailAfter(ctx, this.whistles.reportIn(ctx, id, body));
  }

  @Allow('whistle.respond')
  @Post(':id/progress')
  @HttpCode(200)
  progress(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number, @Body() body: WhistleProgressDto): Promise<WhistleDetail> {
    return this.detailAfter(ctx, this.whistles.progress(ctx, id, body));
  }

  @Allow('whistle.respond')
  @Post(':id/complete')
  @HttpCode(200)
  complete(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number, @Body() body: CompleteWhistleDto): Promise<WhistleDetail> {
    return this.detailAfter(ctx, this.whistles.complete(ctx, id, body));
  }

  /** The community closes it, rating each department's response. */
  @Allow('whistle.close')
  @Post(':id/close')
  @HttpCode(200)
  close(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number, @Body() body: CloseWhistleDto): Promise<WhistleDetail> {
    return this.detailAfter(ctx, this.whistles.close(ctx, id, body));
  }
}
