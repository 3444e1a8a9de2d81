import { Module } from '@nestjs/common';
import { WechatModule } from '../wechat/wechat.module';
import { ContentCheckWorker } from './content-check.worker';
import { ContentSecurity } from './content-security.service';
import { WechatPushController } from './wechat-push.controller';

/** WeChat's content security for residents' and liaisons' words and photos: checked at once, or later by the scheduler and WeChat's push. */
@Module({
  imports: [WechatModule],
  controllers: [WechatPushController],
  providers: [ContentSecurity, ContentCheckWorker],
  exports: [ContentSecurity],
})
export class ContentSecurityModule {}
