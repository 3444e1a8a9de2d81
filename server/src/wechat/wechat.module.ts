import { Module } from '@nestjs/common';
import { WechatClient } from './wechat.client';
import { WechatTokenStore } from './wechat-token.store';

/** WeChat's server API: one client, its access token shared by every server process. */
@Module({ providers: [WechatClient, WechatTokenStore], exports: [WechatClient] })
export class WechatModule {}
