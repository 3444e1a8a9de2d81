import { HttpStatus, type Logger } from '@nestjs/common';
import { AppError } from '../common/errors/app-error';
import { WechatApiError, type WechatClient } from './wechat.client';

/** WeChat answers that mean the code itself is bad (expired, used, from another app). */
const BAD_CODE_ERRCODES = new Set([40029, 40163, 40226]);

/**
 * The openid behind a `wx.login` code, with WeChat's failures turned into the API's answers: a bad code
 * is `badCode` (a login answers 401; a signed-in person's binding must not, a 401 ends her session),
 * WeChat not configured 503, WeChat unreachable or refusing otherwise 502.
 */
export async function openIdOfCode(wechat: WechatClient, code: string, badCode: () => AppError, logger: Logger): Promise<string> {
  try {
    return (await wechat.code2Session(code)).openId;
  } catch (error) {
    if (error instanceof WechatApiError && BAD_CODE_ERRCODES.has(error.errcode)) throw badCode();
    // Checked only now: without credentials code2Session refuses anyway, and a stand-in client may not need them.
    if (!wechat.configured) throw new AppError(HttpStatus.SERVICE_UNAVAILABLE, 'WECHAT_UNAVAILABLE', '本系统尚未接入微信，暂不能使用微信');
    logger.warn(`WeChat code2session failed: ${(error as Error).message}`);
    throw new AppError(HttpStatus.BAD_GATEWAY, 'WECHAT_UNAVAILABLE', '暂时无法连接微信，请稍后再试');
  }
}
