import {
  BadRequestException,
  type CallHandler,
  type ExecutionContext,
  HttpStatus,
  Injectable,
  mixin,
  type NestInterceptor,
  PayloadTooLargeException,
  type Type,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { memoryStorage } from 'multer';
import type { Observable } from 'rxjs';
import { AppError, invalidField } from '../common/errors/app-error';
import { BATCH_MAX_BYTES } from './batch-file';

/**
 * The 12345 batch's upload: one file in the `file` field, held in memory (at most 5 MB, no other
 * fields). The upload library's refusals become our field errors: too large → 413 naming the limit,
 * any other malformed form → 400 on `file`.
 */
export function BatchUploadInterceptor(): Type<NestInterceptor> {
  const Base = FileInterceptor('file', { storage: memoryStorage(), limits: { fileSize: BATCH_MAX_BYTES, files: 1, fields: 0 } });

  @Injectable()
  class Interceptor extends Base {
    override async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
      try {
        return await super.intercept(context, next);
      } catch (error) {
        if (error instanceof PayloadTooLargeException) {
          const message = `文件不能超过 ${BATCH_MAX_BYTES / 1024 / 1024} MB，请分批导入`;
          throw new AppError(HttpStatus.PAYLOAD_TOO_LARGE, 'PAYLOAD_TOO_LARGE', message, [{ field: 'file', message }]);
        }
        if (error instanceof BadRequestException) throw invalidField('file', '请在 file 字段上传一个 .xlsx 或 .csv 文件');
        throw error;
      }
    }
  }
  return mixin(Interceptor);
}
