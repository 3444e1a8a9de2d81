import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { RewardRequestInfo } from '@lingjuli/shared';
import { Allow } from '../auth/access.decorators';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { ParseIdPipe } from '../common/validation/ids';
import { ApproveRewardDto, CreateRewardDto, ListRewardsQuery, MeetingRecordDto, ReturnRewardDto } from './dto/rewards.dto';
import { RewardsService } from './rewards.service';

/**
 * 自主支配权: reward requests for liaisons. Each step answers with the request as the caller now sees
 * it; a step the request's state does not allow is 409.
 */
@ApiTags('rewards')
@ApiBearerAuth()
@Controller('rewards')
export class RewardsController {
  constructor(private readonly rewards: RewardsService) {}

  @Allow('reward.propose')
  @Post()
  create(@Ctx() ctx: RequestContext, @Body() body: CreateRewardDto): Promise<RewardRequestInfo> {
    return this.rewards.create(ctx, body);
  }

  /** The caller's community's requests; for the street, those that reached it (approved, acknowledged). */
  @Allow('reward.read')
  @Get()
  list(@Ctx() ctx: RequestContext, @Query() query: ListRewardsQuery): Promise<RewardRequestInfo[]> {
    return this.rewards.list(ctx, query);
  }

  @Allow('reward.read')
  @Get(':id')
  get(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number): Promise<RewardRequestInfo> {
    return this.rewards.get(ctx, id);
  }

  @Allow('reward.propose')
  @Put(':id/meeting')
  recordMeeting(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number, @Body() body: MeetingRecordDto): Promise<RewardRequestInfo> {
    return this.rewards.recordMeeting(ctx, id, body);
  }

  @Allow('reward.propose')
  @Post(':id/submit')
  @HttpCode(200)
  submit(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number): Promise<RewardRequestInfo> {
    return this.rewards.submit(ctx, id);
  }

  @Allow('reward.approve')
  @Post(':id/approve')
  @HttpCode(200)
  approve(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number, @Body() body: ApproveRewardDto): Promise<RewardRequestInfo> {
    return this.rewards.approve(ctx, id, body);
  }

  @Allow('reward.approve')
  @Post(':id/return')
  @HttpCode(200)
  returnRequest(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number, @Body() body: ReturnRewardDto): Promise<RewardRequestInfo> {
    return this.rewards.returnRequest(ctx, id, body);
  }

  @Allow('reward.acknowledge')
  @Post(':id/acknowledge')
  @HttpCode(200)
  acknowledge(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number): Promise<RewardRequestInfo> {
    return this.rewards.acknowledge(ctx, id);
  }
}
