import { Module } from '@nestjs/common';
import { WechatChannel } from './wechat.channel';
import { WechatController } from './wechat.controller';
import { WechatSubscriptionsService } from './wechat-subscriptions.service';
import { WechatClient } from './wechat.client';
import { WechatTokenStore } from './wechat-token.store';

/** WeChat's server API: one client, its access token shared by every server process; the subscription messages' channel. */
@Module({
  controllers: [WechatController],
  providers: [WechatClient, WechatTokenStore, WechatChannel, WechatSubscriptionsService],
  exports: [WechatClient, WechatChannel],
})
export class WechatModule {}
