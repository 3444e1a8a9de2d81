import { Module } from '@nestjs/common';
import { WechatBindingService } from './wechat-binding.service';
import { WechatChannel } from './wechat.channel';
import { WechatController } from './wechat.controller';
import { WechatSubscriptionsService } from './wechat-subscriptions.service';
import { WechatClient } from './wechat.client';
import { WechatTokenStore } from './wechat-token.store';

/** WeChat's server API: one client, its access token shared by every server process; the subscription messages' channel; staff's linked WeChat. */
@Module({
  controllers: [WechatController],
  providers: [WechatClient, WechatTokenStore, WechatChannel, WechatSubscriptionsService, WechatBindingService],
  exports: [WechatClient, WechatChannel],
})
export class WechatModule {}
