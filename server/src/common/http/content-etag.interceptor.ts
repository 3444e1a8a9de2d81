import { createHash } from 'node:crypto';
import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { tap, type Observable } from 'rxjs';

/** A weak validator of what an answer says, all but its `serverTime` (which changes on every answer). */
export function contentEtag(body: object): string {
  const { serverTime: _now, ...content } = body as Record<string, unknown>;
  return `W/"${createHash('sha1').update(JSON.stringify(content)).digest('base64url')}"`;
}

/**
 * For lists that clients poll (a queue that refreshes itself): the answer carries an ETag of its
 * content, and Express answers a request whose If-None-Match holds it with 304 and no body
 * (`req.fresh`). The list is still read; what is saved is the client's download and redraw.
 * `no-cache`: a browser may keep the answer but must ask each time.
 */
@Injectable()
export class ContentEtagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const res = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      tap((body) => {
        if (!body || typeof body !== 'object') return;
        res.setHeader('ETag', contentEtag(body));
        res.setHeader('Cache-Control', 'private, no-cache');
      }),
    );
  }
}
