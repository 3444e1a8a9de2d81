import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import { NEXT_CURSOR_HEADER, type AppealDetail, type AppealPage, type AppealSummary, type SimilarAppeal } from '@lingjuli/shared';
import type { Response } from 'express';
import { Allow } from '../auth/access.decorators';
import { RateLimited } from '../rate-limit/rate-limits';
import { Ctx } from '../common/context/ctx.decorator';
import { ContentEtagInterceptor } from '../common/http/content-etag.interceptor';
import type { RequestContext } from '../common/context/request-context';
import { invalidField } from '../common/errors/app-error';
import { ParseIdPipe } from '../common/validation/ids';
import { AppealIntakeService } from './appeal-intake.service';
import { AppealQueriesService } from './appeal-queries.service';
import { AppealSupportService } from './appeal-support.service';
import { CreateAppealDto } from './dto/create-appeal.dto';
import { ListAppealsQuery, PendingDispatchOrdersQueryDto } from './dto/list-appeals.query';
import { SimilarAppealsDto, SupportAppealDto } from './dto/similar-appeals.query';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,64}$/;

@ApiTags('appeals')
@ApiBearerAuth()
@Controller()
export class AppealsController {
  constructor(
    private readonly intake: AppealIntakeService,
    private readonly queries: AppealQueriesService,
    private readonly support: AppealSupportService,
  ) {}

  /**
   * File an appeal. The client sends an `Idempotency-Key` it keeps with the draft: a retry with the
   * same key returns the appeal already filed (200 and `Idempotent-Replayed: true`) instead of a second one.
   */
  @ApiHeader({ name: 'Idempotency-Key', required: true, description: '8–64 letters, digits, _ or -; one per draft' })
  @Allow('appeal.file')
  @Post('appeals')
  async file(
    @Ctx() ctx: RequestContext,
    @Headers('idempotency-key') key: string | undefined,
    @Body() body: CreateAppealDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AppealDetail> {
    if (!key || !IDEMPOTENCY_KEY.test(key)) throw invalidField('Idempotency-Key', '缺少提交编号（Idempotency-Key），请刷新后重试');
    const filed = await this.intake.file(ctx, body, key);
    if (filed.replayed) {
      res.status(200).setHeader('Idempotent-Replayed', 'true');
      return this.queries.detail(ctx, filed.appeal.id);
    }
    const { appeal, event, attachments } = filed;
    return this.queries.present(ctx, appeal, { events: [event], feedbacks: [], ratings: [], order: null, attachments });
  }

  /** The caller's queue, within her scope; answered 304 to a client whose copy is current (it polls). */
  @Allow('appeal.read')
  @Get('appeals')
  @UseInterceptors(ContentEtagInterceptor)
  list(@Ctx() ctx: RequestContext, @Query() query: ListAppealsQuery): Promise<AppealPage> {
    return this.queries.list(ctx, query);
  }

  /** Open appeals of a category in a building, shown before filing (declared before `appeals/:id`, which would take the path). */
  @Allow('appeal.similar')
  @Get('appeals/similar')
  similar(@Query() query: SimilarAppealsDto): Promise<SimilarAppeal[]> {
    return this.support.similar(query);
  }

  @Allow('appeal.read')
  @Get('appeals/:id')
  detail(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number): Promise<AppealDetail> {
    return this.queries.detail(ctx, id);
  }

  /**
   * "Me too" (我也遇到了): join an appeal that `similar` offers for the building and category she is
   * filing about, instead of filing the same problem; answers the appeal as she now sees it (without
   * the reporter's words). Limited per resident.
   */
  @Allow('appeal.support')
  @RateLimited('supportPerResident')
  @Post('appeals/:id/support')
  @HttpCode(200)
  async supportAppeal(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number, @Body() body: SupportAppealDto): Promise<AppealDetail> {
    await this.support.support(ctx, id, body);
    return this.queries.detail(ctx, id);
  }

  /** Dispatch orders (批办单) waiting for the command centre, oldest first; the next page's cursor in the `Next-Cursor` header. Answered 304 to a current copy (it polls). */
  @Allow('dispatchOrder.list')
  @Get('dispatch-orders/pending')
  @UseInterceptors(ContentEtagInterceptor)
  async pendingDispatchOrders(
    @Ctx() ctx: RequestContext,
    @Query() query: PendingDispatchOrdersQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AppealSummary[]> {
    const page = await this.queries.pendingDispatchOrders(ctx, query);
    if (page.nextCursor) res.setHeader(NEXT_CURSOR_HEADER, page.nextCursor);
    return page.items;
  }
}
