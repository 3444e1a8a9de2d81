import { HttpStatus } from '@nestjs/common';
import type { ErrorCode, FieldError } from '@lingjuli/shared';

/**
 * An error the API reports on purpose: a stable `code` for clients (one of the shared `ERROR_CODES`),
 * a Chinese `message` a user can read, and an HTTP status. Services throw these; the exception filter
 * turns them into `{code, message, details}`.
 */
export class AppError extends Error {
  constructor(
    readonly status: HttpStatus,
    readonly code: ErrorCode,
    message: string,
    readonly details?: FieldError[],
    /** Sent as `Retry-After` (seconds): when the caller may try again (429, 503). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badRequest = (code: ErrorCode, message: string, details?: FieldError[]) => new AppError(HttpStatus.BAD_REQUEST, code, message, details);

/** 400 for one wrong field. */
export const invalidField = (field: string, message: string) => badRequest('VALIDATION_FAILED', message, [{ field, message }]);

export const unauthorized = (code: ErrorCode, message = '请先登录') => new AppError(HttpStatus.UNAUTHORIZED, code, message);

export const forbidden = (code: ErrorCode = 'FORBIDDEN', message = '没有权限进行此操作') => new AppError(HttpStatus.FORBIDDEN, code, message);

export const notFound = (code: ErrorCode, message: string) => new AppError(HttpStatus.NOT_FOUND, code, message);

export const conflict = (code: ErrorCode, message: string, details?: FieldError[]) => new AppError(HttpStatus.CONFLICT, code, message, details);
