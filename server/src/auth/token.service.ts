import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Role } from '@lingjuli/shared';
import { TtlCache } from '../common/cache/ttl-cache';
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

/** A token's claims once its signature has been checked. */
type Verified = Pick<TokenClaims, 'sub' | 'iat' | 'exp'>;

/** Session tokens: HS256-signed, short claims; the user row is re-read on every request. */
@Injectable()
export class TokenService {
  /**
   * Tokens whose signature was checked a moment ago, by the exact token text: every request of a
   * session carries the same one, and the HMAC and JSON parsing are a visible part of a request's
   * cost. Expiry and lifetime are still judged on every call.
   */
  private readonly verified: TtlCache<string, Verified>;

  constructor(
    private readonly jwt: JwtService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.verified = new TtlCache(config.authCacheMs);
  }

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
    const claims = this.verified.get(token) ?? this.checkSignature(token, nowSeconds);
    if (!claims) return null;
    const { sub, iat, exp } = claims;
    if (exp <= nowSeconds || exp - iat > this.config.tokenTtlSeconds || iat > nowSeconds + CLOCK_SKEW_SECONDS) return null;
    return sub;
  }

  /** The claims of a token signed by us with the claims we issue, or null; remembered for a moment. */
  private checkSignature(token: string, nowSeconds: number): Verified | null {
    let claims: Partial<TokenClaims>;
    try {
      claims = this.jwt.verify<TokenClaims>(token, { clockTimestamp: nowSeconds });
    } catch {
      return null;
    }
    const { sub, iat, exp } = claims;
    if (typeof sub !== 'number' || typeof iat !== 'number' || typeof exp !== 'number') return null;
    this.verified.set(token, { sub, iat, exp });
    return { sub, iat, exp };
  }
}
