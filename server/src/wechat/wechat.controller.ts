import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { SubscriptionTemplates, WechatStatus } from '@lingjuli/shared';
import { Allow, Authenticated } from '../auth/access.decorators';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { SubscriptionAnswersDto } from './dto/subscriptions.dto';
import { WechatSubscriptionsService } from './wechat-subscriptions.service';

@ApiTags('wechat')
@ApiBearerAuth()
@Controller('wechat')
export class WechatController {
  constructor(private readonly subscriptions: WechatSubscriptionsService) {}

  /** The subscription messages' templates the mini-program may ask her about, by topic. */
  @Authenticated()
  @Get('subscriptions')
  templates(): SubscriptionTemplates {
    return this.subscriptions.templates();
  }

  /** What she answered when WeChat asked (wx.requestSubscribeMessage): each accepted template is one message she may receive. */
  @Authenticated()
  @Post('subscriptions')
  @HttpCode(204)
  record(@Ctx() ctx: RequestContext, @Body() body: SubscriptionAnswersDto): Promise<void> {
    return this.subscriptions.record(ctx, body);
  }

  @Allow('wechat.status')
  @Get('status')
  status(): Promise<WechatStatus> {
    return this.subscriptions.status();
  }
}
