import { Body, Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { SubscriptionTemplates, WechatBinding, WechatStatus } from '@lingjuli/shared';
import { Allow, Authenticated, Public } from '../auth/access.decorators';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { WechatBindingDto } from './dto/binding.dto';
import { SubscriptionAnswersDto } from './dto/subscriptions.dto';
import { WechatBindingService } from './wechat-binding.service';
import { WechatSubscriptionsService } from './wechat-subscriptions.service';

@ApiTags('wechat')
@ApiBearerAuth()
@Controller('wechat')
export class WechatController {
  constructor(
    private readonly subscriptions: WechatSubscriptionsService,
    private readonly bindings: WechatBindingService,
  ) {}

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

  /** Whether the staff member has linked a WeChat for her messages (staff sign in by password, without one). */
  @Allow('wechat.binding')
  @Get('binding')
  binding(@Ctx() ctx: RequestContext): Promise<WechatBinding> {
    return this.bindings.binding(ctx);
  }

  /** Links the WeChat of a `wx.login` code to the staff member's account: her messages go there. */
  @Allow('wechat.binding')
  @Post('binding')
  @HttpCode(204)
  bind(@Ctx() ctx: RequestContext, @Body() body: WechatBindingDto): Promise<void> {
    return this.bindings.bind(ctx, body.code);
  }

  @Allow('wechat.binding')
  @Delete('binding')
  @HttpCode(204)
  unbind(@Ctx() ctx: RequestContext): Promise<void> {
    return this.bindings.unbind(ctx);
  }
}
