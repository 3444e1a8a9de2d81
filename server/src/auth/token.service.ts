import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Role } from '@lingjuli/shared';
import { Clock } from '../common/clock/clock';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

interface TokenClaims {
  sub: number;
  role: Role;
  iat: number;
  exp: number;
}

/** Clocks of several servers may differ a little; a token is never issued further ahead than this. */
const CLOCK_SKEW_SECONDS = 60;

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
    const token = this.jwt.sign({ sub: userId, role, iat: nowSeconds, exp } satisfies TokenClaims);
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /**
   * The user id in a valid token, or null. Valid means signed by us, not expired by the injected
   * clock, and with a lifetime this server would issue: a token without `exp` or `iat`, living longer
   * than TOKEN_TTL_SECONDS, or issued in the future is refused even when its signature is good.
   */
  verify(token: string): number | null {
    const nowSeconds = Math.floor(this.clock.now().getTime() / 1000);
    let claims: Partial<TokenClaims>;
    try {
      claims = this.jwt.verify<TokenClaims>(token, { clockTimestamp: nowSeconds });
    } catch {
      return null;
    }
    const { sub, iat, exp } = claims;
    if (typeof sub !== 'number' || typeof iat !== 'number' || typeof exp !== 'number') return null;
    if (exp - iat > this.config.tokenTtlSeconds || iat > nowSeconds + CLOCK_SKEW_SECONDS) return null;
    return sub;
  }
}
