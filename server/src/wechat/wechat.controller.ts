import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { SubscriptionTemplates, WechatStatus } from '@lingjuli/shared';
import { Allow, Authenticated, Public } from '../auth/access.decorators';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { SubscriptionAnswersDto } from './dto/subscriptions.dto';
import { WechatSubscriptionsService } from './wechat-subscriptions.service';

@ApiTags('wechat')
@ApiBearerAuth()
@Controller('wechat')
export class WechatController {
  constructor(private readonly subscriptions: WechatSubscriptionsService) {}

  /**
   * The subscription messages' templates the mini-program may ask about, by topic. Public: the
   * mini-program reads them before she is signed in, so that the ask can come straight from her tap.
   */
  @Public()
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
