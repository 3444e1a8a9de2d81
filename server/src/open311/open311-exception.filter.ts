import { Catch, HttpException, HttpStatus, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { HTTP_DEFAULTS, RETRY_AFTER_SECONDS } from '../common/errors/all-exceptions.filter';
import { AppError } from '../common/errors/app-error';
import { isDatabaseUnavailable } from '../database/db-errors';
import { OPEN311_CONTENT_TYPES, formatOfPath, renderOpen311 } from './open311-format';
import { errorsDocument } from './open311.mapper';
import { Open311Error } from './open311-errors';

/**
 * Every error of the Open311 API leaves as GeoReport v2's list of errors, in the format the path asked
 * for: our own refusals as thrown, the app's (a rule of intake, a body too deep) with their status and
 * Chinese message, a database that cannot be reached as 503, anything else as a logged 500.
 */
@Catch()
export class Open311ExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Open311');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const { status, description } = this.describe(exception);
    if (status === (HttpStatus.SERVICE_UNAVAILABLE as number)) response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    const format = formatOfPath(request.path);
    response
      .status(status)
      .type(OPEN311_CONTENT_TYPES[format])
      .send(renderOpen311(format, errorsDocument(status, description)));
  }

  private describe(exception: unknown): { status: number; description: string } {
    if (exception instanceof Open311Error) return { status: exception.status, description: exception.description };
    if (exception instanceof AppError) return { status: exception.status, description: exception.details?.[0]?.message ?? exception.message };
    if (isDatabaseUnavailable(exception)) {
      this.logger.warn(`Database unavailable: ${exception instanceof Error ? exception.message : String(exception)}`);
      return { status: HttpStatus.SERVICE_UNAVAILABLE, description: HTTP_DEFAULTS[HttpStatus.SERVICE_UNAVAILABLE].message };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      return { status, description: HTTP_DEFAULTS[status]?.message ?? '请求未能完成' };
    }
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return { status: HttpStatus.INTERNAL_SERVER_ERROR, description: '服务器出错了，请稍后再试' };
  }
}
