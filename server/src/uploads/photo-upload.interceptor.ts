import {
  BadRequestException,
  type CallHandler,
  type ExecutionContext,
  HttpStatus,
  Inject,
  Injectable,
  mixin,
  type NestInterceptor,
  PayloadTooLargeException,
  type Type,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Observable } from 'rxjs';
import { AppError, invalidField } from '../common/errors/app-error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/**
 * Nest's FileInterceptor for the single `file` field, with the upload library's refusals turned
 * into our field-level errors: too large → 413 naming the limit; any other malformed form → 400 on `file`.
 */
export function PhotoUploadInterceptor(): Type<NestInterceptor> {
  const Base = FileInterceptor('file');

  @Injectable()
  class Interceptor extends Base {
    @Inject(APP_CONFIG) private readonly config!: AppConfig;

    override async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
      try {
        return await super.intercept(context, next);
      } catch (error) {
        if (error instanceof PayloadTooLargeException) {
          const mb = Math.round((this.config.uploadMaxBytes / 1024 / 1024) * 10) / 10;
          const message = `照片不能超过 ${mb} MB`;
          throw new AppError(HttpStatus.PAYLOAD_TOO_LARGE, 'PAYLOAD_TOO_LARGE', message, [{ field: 'file', message }]);
        }
        if (error instanceof BadRequestException) throw invalidField('file', '请在 file 字段上传一张照片');
        throw error;
      }
    }
  }
  return mixin(Interceptor);
}
