import { createHash, timingSafeEqual } from 'node:crypto';
import { Body, Controller, Get, HttpCode, Inject, Post, Query } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { CONTENT_VERDICTS, type ContentVerdict } from '@lingjuli/shared';
import { Public } from '../auth/access.decorators';
import { forbidden, notFound } from '../common/errors/app-error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ContentCheckWorker } from './content-check.worker';

/** What WeChat adds to every push: the signature of its Token with the timestamp and nonce. */
interface PushQuery {
  signature?: string;
  timestamp?: string;
  nonce?: string;
  /** Only when WeChat checks the URL. */
  echostr?: string;
}

/** A photo's verdict, as WeChat pushes it (event `wxa_media_check`). */
interface MediaCheckPush {
  Event?: unknown;
  trace_id?: unknown;
  result?: { suggest?: unknown; label?: unknown };
}

/**
 * The mini-program's message push (消息推送) in plain-text JSON mode, at `/api/wechat/push`: WeChat
 * signs each call with the Token configured on both sides (WECHAT_PUSH_TOKEN). It brings photos'
 * content-check verdicts; other events are acknowledged and ignored.
 */
@ApiExcludeController()
@Controller('wechat/push')
export class WechatPushController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly checks: ContentCheckWorker,
  ) {}

  /** WeChat's check of the URL when it is saved: the `echostr` back, if the signature is right. */
  @Public()
  @Get()
  verify(@Query() query: PushQuery): string {
    this.verifySignature(query);
    return query.echostr ?? '';
  }

  @Public()
  @Post()
  @HttpCode(200)
  async receive(@Query() query: PushQuery, @Body() body: unknown): Promise<string> {
    this.verifySignature(query);
    const push = (body ?? {}) as MediaCheckPush;
    const suggest = push.result?.suggest;
    if (push.Event === 'wxa_media_check' && typeof push.trace_id === 'string' && CONTENT_VERDICTS.includes(suggest as ContentVerdict)) {
      await this.checks.settlePhoto(push.trace_id, { suggest: suggest as ContentVerdict, label: Number(push.result?.label) || 0 });
    }
    return 'success'; // what WeChat expects, or it pushes again
  }

  private verifySignature({ signature, timestamp, nonce }: PushQuery): void {
    const token = this.config.wechat.pushToken;
    if (!token) throw notFound('NOT_FOUND', '未配置微信消息推送');
    if (typeof signature !== 'string' || typeof timestamp !== 'string' || typeof nonce !== 'string') throw forbidden();
    const expected = Buffer.from(createHash('sha1').update([token, timestamp, nonce].sort().join('')).digest('hex'));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw forbidden();
  }
}
