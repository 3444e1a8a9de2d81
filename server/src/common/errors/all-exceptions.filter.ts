import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ApiError, ErrorCode } from '@lingjuli/shared';
import type { Response } from 'express';
import { isDatabaseUnavailable } from '../../database/db-errors';
import { AppError } from './app-error';

/** How long a client should wait before trying again when the service is unavailable (seconds). */
export const RETRY_AFTER_SECONDS = 30;

/** Codes and Chinese messages for the HTTP errors Nest and Express raise themselves. */
export const HTTP_DEFAULTS: Record<number, { code: ErrorCode; message: string }> = {
  400: { code: 'BAD_REQUEST', message: '请求格式不正确' },
  401: { code: 'UNAUTHORIZED', message: '请先登录' },
  403: { code: 'FORBIDDEN', message: '没有权限进行此操作' },
  404: { code: 'NOT_FOUND', message: '找不到请求的内容' },
  405: { code: 'METHOD_NOT_ALLOWED', message: '不支持此操作' },
  413: { code: 'PAYLOAD_TOO_LARGE', message: '提交的内容过大' },
  415: { code: 'UNSUPPORTED_MEDIA_TYPE', message: '不支持的内容类型' },
  429: { code: 'TOO_MANY_REQUESTS', message: '请求过于频繁，请稍后再试' },
  503: { code: 'SERVICE_UNAVAILABLE', message: '服务暂时不可用，请稍后再试' },
};

/**
 * Every error leaves the server as `{code, message, details}`: our own AppErrors as thrown, Nest's
 * HttpExceptions by status, body-parser errors by their status, a database that cannot be reached as
 * 503 (with Retry-After, like every 503), anything else as a logged 500.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const { status, body } = this.toApiError(exception);
    if (isDatabaseUnavailable(exception)) this.logger.warn(`Database unavailable: ${exception instanceof Error ? exception.message : String(exception)}`);
    // An AppError of 5xx (a login queue that is full) says what happened on purpose: nothing to log as a fault.
    else if (status >= 500 && !(exception instanceof AppError))
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    const retryAfter = exception instanceof AppError ? exception.retryAfterSeconds : undefined;
    if (retryAfter !== undefined) response.setHeader('Retry-After', String(retryAfter));
    else if (status === (HttpStatus.SERVICE_UNAVAILABLE as number)) response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    // An error is JSON, and no download, even from a route that declared a file (a CSV, a QR code).
    response.removeHeader('Content-Disposition');
    response.status(status).type('application/json').json(body);
  }

  private toApiError(exception: unknown): { status: number; body: ApiError } {
    if (exception instanceof AppError) {
      const body: ApiError = { code: exception.code, message: exception.message };
      if (exception.details) body.details = exception.details;
      return { status: exception.status, body };
    }
    if (isDatabaseUnavailable(exception)) return { status: HttpStatus.SERVICE_UNAVAILABLE, body: { ...HTTP_DEFAULTS[HttpStatus.SERVICE_UNAVAILABLE] } };
    const status = exception instanceof HttpException ? exception.getStatus() : (httpStatusOf(exception) ?? HttpStatus.INTERNAL_SERVER_ERROR);
    const known = HTTP_DEFAULTS[status];
    if (known) return { status, body: { ...known } };
    if (status >= 500) return { status, body: { code: 'INTERNAL_ERROR', message: '服务器出错了，请稍后再试' } };
    return { status, body: { code: `HTTP_${status}`, message: '请求未能完成' } };
  }
}

/** body-parser and multer errors carry a numeric `status`/`statusCode`. */
function httpStatusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const candidate = (error as { status?: unknown; statusCode?: unknown }).status ?? (error as { statusCode?: unknown }).statusCode;
  return typeof candidate === 'number' && candidate >= 400 && candidate < 600 ? candidate : undefined;
}
