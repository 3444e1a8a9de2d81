import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { RequestContext } from './request-context';

export interface RequestWithContext extends Request {
  ctx?: RequestContext;
}

/** The caller's RequestContext, set by the AuthGuard. */
export const Ctx = createParamDecorator((_data: unknown, host: ExecutionContext): RequestContext => {
  const ctx = host.switchToHttp().getRequest<RequestWithContext>().ctx;
  if (!ctx) throw new Error('Ctx used on a route without authentication');
  return ctx;
});
