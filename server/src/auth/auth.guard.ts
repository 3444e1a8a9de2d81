import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { APPEAL_TRANSITIONS, hasPermission, type Role } from '@lingjuli/shared';
import type { RequestWithContext } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { forbidden, unauthorized } from '../common/errors/app-error';
import { contextOf } from '../users/user.mapper';
import { ACCESS_KEY, type AccessRule } from './access.decorators';
import { ActiveUsers } from './active-users.service';
import { TokenService } from './token.service';

/**
 * The one place that decides who may call what: it authenticates the bearer token, then applies the
 * route's AccessRule. Which rows a caller may see is the access layer's job (AccessService, server/src/access).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly activeUsers: ActiveUsers,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    if (!rule) {
      this.logger.error(`Route ${context.getClass().name}.${context.getHandler().name} declares no access rule`);
      throw forbidden();
    }
    if (rule.kind === 'public') return true;

    const request = context.switchToHttp().getRequest<RequestWithContext>();
    request.ctx = await this.authenticate(request);
    if (!allows(rule, request.ctx.role)) throw forbidden();
    return true;
  }

  private async authenticate(request: RequestWithContext): Promise<RequestContext> {
    const header = request.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7) : null;
    const userId = token ? this.tokens.verify(token) : null;
    if (userId === null) throw unauthorized(token ? 'TOKEN_INVALID' : 'UNAUTHENTICATED', token ? '登录已过期，请重新登录' : '请先登录');
    const user = await this.activeUsers.find(userId);
    if (!user) throw unauthorized('TOKEN_INVALID', '登录已过期，请重新登录');
    return contextOf(user);
  }
}

function allows(rule: AccessRule, role: Role): boolean {
  switch (rule.kind) {
    case 'public':
    case 'authenticated':
      return true;
    case 'permission':
      return hasPermission(role, rule.permission);
    case 'appealAction':
      return APPEAL_TRANSITIONS.some((t) => t.action === rule.action && t.roles.includes(role));
  }
}
