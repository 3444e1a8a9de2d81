import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AppealDetail } from '@lingjuli/shared';
import { AllowAction } from '../auth/access.decorators';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { ParseIdPipe } from '../common/validation/ids';
import { AppealActionsService } from './appeal-actions.service';
import { AppealQueriesService } from './appeal-queries.service';
import {
  AcceptDto,
  AddNoteDto,
  AssignDto,
  CallbackDto,
  CompleteAssignmentDto,
  DispatchDto,
  EscalateDto,
  FeedbackDto,
  RateDto,
  RejectDto,
  ResolveDto,
  RetriageDto,
  SecretaryReviewDto,
  WithdrawDto,
} from './dto/appeal-actions.dto';

/**
 * One POST per action of the shared transition table. Each answers with the appeal as the caller
 * now sees it; an action the appeal's status does not allow is 409.
 */
@ApiTags('appeal actions')
@ApiBearerAuth()
@Controller('appeals/:id')
export class AppealActionsController {
  constructor(
    private readonly actions: AppealActionsService,
    private readonly queries: AppealQueriesService,
  ) {}

  private async detailAfter(ctx: RequestContext, done: Promise<{ id: number }>): Promise<AppealDetail> {
    return this.queries.detail(ctx, (await done).id);
  }

  /** Take it in and confirm or change the triage proposal. */
  @AllowAction('accept')
  @Post('accept')
  @HttpCode(200)
  accept(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number, @Body() body: AcceptDto) {
    return this.detailAfter(ctx, this.actions.accept(ctx, id, body));
  }

  @AllowAction('retriage')
  @Post('retriage')
  @HttpCode(200)
  retriage(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number, @Body() body: RetriageDto) {
    return this.detailAfter(ctx, this.actions.retriage(ctx, id, body));
  }

  @AllowAction('assign')
  @Post('assign')
  @HttpCode(200)
  assign(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number, @Body() body: AssignDto) {
    return this.detailAfter(ctx, this.actions.assign(ctx, id, body));
  }

  @AllowAction('addNote')
  @Post('notes')
  @HttpCode(200)
  addNote(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number, @Body() body: AddNoteDto) {
    return this.detailAfter(ctx, this.actions.addNote(ctx, id, body));
  }

  @AllowAction('feedback')
  @Post('feedback')
  @HttpCode(200)
  feedback(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number, @Body() body: FeedbackDto) {
    return this.detailAfter(ctx, this.actions.feedback(ctx, id, body));
  }

  @AllowAction('resolve')
  @Post('resolve')
  @HttpCode(200)
  resolve(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number, @Body() body: ResolveDto) {
    return this.detailAfter(ctx, this.actions.resolve(ctx, id, body));
  }

  @AllowAction('rate')
  @Post('rating')
  @HttpCode(200)
  rate(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number, @Body() body: RateDto) {
    return this.detailAfter(ctx, this.actions.rate(ctx, id, body));
  }

  /** The callback (回访): the answer of a caller without an account, recorded as her rating. */
  @AllowAction('callback')
  @Post('callback')
  @HttpCode(200)
  callback(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number, @Body() body: CallbackDto) {
    return this.detailAfter(ctx, this.actions.callback(ctx, id, body));
  }

  @AllowAction('secretaryReview')
  @Post('secretary-review')
  @HttpCode(200)
  secretaryReview(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number, @Body() body: SecretaryReviewDto) {
    return this.detailAfter(ctx, this.actions.secretaryReview(ctx, id, body));
  }

  @AllowAction('withdraw')
  @Post('withdraw')
  @HttpCode(200)
  withdraw(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number, @Body() body: WithdrawDto) {
    return this.detailAfter(ctx, this.actions.withdraw(ctx, id, body));
  }

  @AllowAction('reject')
  @Post('reject')
  @HttpCode(200)
  reject(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number, @Body() body: RejectDto) {
    return this.detailAfter(ctx, this.actions.reject(ctx, id, body));
  }

  /** Escalate to the street with a dispatch order (批办单), after consulting the grid secretary. */
  @AllowAction('escalate')
  @Post('escalate')
  @HttpCode(200)
  escalate(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number, @Body() body: EscalateDto) {
    return this.detailAfter(ctx, this.actions.escalate(ctx, id, body));
  }

  @AllowAction('dispatch')
  @Post('dispatch')
  @HttpCode(200)
  dispatch(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number, @Body() body: DispatchDto) {
    return this.detailAfter(ctx, this.actions.dispatch(ctx, id, body));
  }

  @AllowAction('completeAssignment')
  @Post('complete-assignment')
  @HttpCode(200)
  completeAssignment(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number, @Body() body: CompleteAssignmentDto) {
    return this.detailAfter(ctx, this.actions.completeAssignment(ctx, id, body));
  }
}
