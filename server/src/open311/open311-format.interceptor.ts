import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { map, type Observable } from 'rxjs';
import { OPEN311_CONTENT_TYPES, formatOfPath, renderOpen311, type Open311Document } from './open311-format';

/** Writes what an Open311 handler returns in the format its path asks for (`.json` or `.xml`). */
@Injectable()
export class Open311FormatInterceptor implements NestInterceptor<Open311Document, string> {
  intercept(context: ExecutionContext, next: CallHandler<Open311Document>): Observable<string> {
    const http = context.switchToHttp();
    const format = formatOfPath(http.getRequest<Request>().path);
    return next.handle().pipe(
      map((doc) => {
        http.getResponse<Response>().type(OPEN311_CONTENT_TYPES[format]);
        return renderOpen311(format, doc);
      }),
    );
  }
}
