import { applyDecorators, createParamDecorator, Injectable, SetMetadata, UseGuards, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { Public } from '../auth/access.decorators';
import { RateLimited } from '../rate-limit/rate-limits';
import type { Open311Client } from './open311-client.entity';
import { Open311ClientsService } from './open311-clients.service';
import { open311Forbidden } from './open311-errors';

const WRITES = 'lingjuli:open311-writes';

interface Open311Request extends Request {
  open311Client?: Open311Client;
}

/**
 * The Open311 API's access rule: no login (the app's bearer tokens are for its own people), an API key
 * instead — `api_key` in the query, or in the form body of a POST. `writes`: the key must also be
 * allowed to file. Every refusal is a 403 in GeoReport v2's error format; over its throttle a key gets a 429.
 */
export const Open311Key = (options: { writes?: boolean } = {}) =>
  // The key first: the throttle counts per client.
  applyDecorators(Public(), SetMetadata(WRITES, options.writes ?? false), UseGuards(Open311KeyGuard), RateLimited('open311PerClient'));

@Injectable()
export class Open311KeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly clients: Open311ClientsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Open311Request>();
    const body = (request.body ?? {}) as Record<string, unknown>;
    const query = request.query as Record<string, unknown>;
    const client = await this.clients.authenticate(body.api_key ?? query.api_key);
    if (this.reflector.get<boolean>(WRITES, context.getHandler()) && !client.canWrite) throw open311Forbidden('该 api_key 只能查询，不能提交诉求');
    request.open311Client = client;
    return true;
  }
}

/** The client whose key the request carried (set by the Open311KeyGuard). */
export const Open311Caller = createParamDecorator((_data: unknown, host: ExecutionContext): Open311Client => {
  const client = host.switchToHttp().getRequest<Open311Request>().open311Client;
  if (!client) throw new Error('Open311Caller used on a route without @Open311Key');
  return client;
});
