import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Role } from '@lingjuli/shared';
import { Clock } from '../common/clock/clock';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

interface TokenClaims {
  sub: number;
  role: Role;
}

/** Session tokens: HS256-signed, short claims; the user row is re-read on every request. */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  issue(userId: number, role: Role): { token: string; expiresAt: Date } {
    const nowSeconds = Math.floor(this.clock.now().getTime() / 1000);
    const exp = nowSeconds + this.config.tokenTtlSeconds;
    const token = this.jwt.sign({ sub: userId, role, iat: nowSeconds, exp } satisfies TokenClaims & { iat: number; exp: number });
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /** The user id in a valid token, or null for a bad or expired one (expiry judged by the injected clock). */
  verify(token: string): number | null {
    try {
      const claims = this.jwt.verify<TokenClaims>(token, { clockTimestamp: Math.floor(this.clock.now().getTime() / 1000) });
      return typeof claims.sub === 'number' ? claims.sub : null;
    } catch {
      return null;
    }
  }
}
