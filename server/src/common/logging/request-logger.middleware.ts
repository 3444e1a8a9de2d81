import { Inject, Injectable, Logger, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import type { RequestWithContext } from '../context/ctx.decorator';

export interface RequestLogEntry {
  method: string;
  path: string;
  status: number;
  ms: number;
  userId: number | null;
}

/** `GET /api/appeals 200 12.3ms user=u-1`: the text format's one line (an object would print over seven). */
export function requestLogLine(entry: RequestLogEntry): string {
  return `${entry.method} ${entry.path} ${entry.status} ${entry.ms}ms user=${entry.userId ?? '-'}`;
}

/** One line per request: method, path, status, duration, user. Never bodies (they hold personal data). */
@Injectable()
export class RequestLoggerMiddleware implements NestMiddleware {
  private readonly logger = new Logger('HTTP');

  constructor(@Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'logFormat'>) {}

  use(req: RequestWithContext, res: Response, next: NextFunction): void {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const entry: RequestLogEntry = {
        method: req.method,
        path: req.originalUrl.split('?')[0],
        status: res.statusCode,
        ms: Math.round(ms * 10) / 10,
        userId: req.ctx?.userId ?? null,
      };
      // JSON keeps the fields for log tooling; text is read by a person in a terminal.
      const message = this.config.logFormat === 'json' ? entry : requestLogLine(entry);
      if (res.statusCode >= 500) this.logger.error(message);
      else this.logger.log(message);
    });
    next();
  }
}
