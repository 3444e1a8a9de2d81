import { applyDecorators, type ExecutionContext, HttpStatus, Injectable, UseGuards } from '@nestjs/common';
import { SkipThrottle, ThrottlerGuard, type ThrottlerLimitDetail, type ThrottlerOptions } from '@nestjs/throttler';
import type { Response } from 'express';
import type { RequestWithContext } from '../common/context/ctx.decorator';
import { AppError } from '../common/errors/app-error';

const MINUTE = 60_000;

/** Who a throttle counts requests of. */
type Tracker = (req: RequestWithContext) => string;

/** The username a login names, normalised; empty when there is none (validation answers that). */
const loginName = (req: RequestWithContext): string => {
  const name = (req.body as { username?: unknown } | undefined)?.username;
  return typeof name === 'string' ? name.trim().toLowerCase() : '';
};

/**
 * Every throttle, by name: how many requests per window, and how long a caller over the limit waits.
 * A route takes the ones it needs with `@RateLimited(...)`; all others are skipped on it.
 */
export const THROTTLES = {
  /**
   * Logins from one address. Generous: a district's offices may share one address to the internet;
   * guessing is held back per username and per account, and hashing is bounded for everyone.
   */
  loginPerAddress: { limit: 60, ttl: MINUTE, blockDuration: MINUTE, tracker: (req) => req.ip ?? '' },
  /** Password attempts for one username, from anywhere: bounds guessing and hashing per account. */
  loginPerUsername: { limit: 10, ttl: 10 * MINUTE, blockDuration: 10 * MINUTE, tracker: loginName },
  /** "Me too" by one resident: a neighbour joins a few appeals a day, not dozens an hour. */
  supportPerResident: { limit: 10, ttl: 60 * MINUTE, blockDuration: 60 * MINUTE, tracker: (req) => String(req.ctx?.userId ?? '') },
  /** Calls with one Open311 key (docs/integration.md): a platform polling for updates needs a few a minute, not thousands. */
  open311PerClient: {
    limit: 600,
    ttl: MINUTE,
    blockDuration: MINUTE,
    tracker: (req) => String((req as RequestWithContext & { open311Client?: { id: number } }).open311Client?.id ?? ''),
  },
} satisfies Record<string, { limit: number; ttl: number; blockDuration: number; tracker: Tracker }>;

export type ThrottleName = keyof typeof THROTTLES;
const NAMES = Object.keys(THROTTLES) as ThrottleName[];

/** The throttler module's configuration, from the table above. */
export const THROTTLER_OPTIONS: ThrottlerOptions[] = NAMES.map((name) => {
  const { tracker, ...limits } = THROTTLES[name];
  return {
    name,
    ...limits,
    getTracker: (req) => tracker(req as RequestWithContext),
    // Nothing to count (e.g. no username in the body): the route's validation answers instead.
    skipIf: (context) => tracker(context.switchToHttp().getRequest<RequestWithContext>()) === '',
  };
});

/**
 * Throttles in the database (shared by every server process); over the limit is 429 with
 * `Retry-After` and the Chinese message every other error has.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    context
      .switchToHttp()
      .getResponse<Response>()
      .setHeader('Retry-After', String(Math.max(1, detail.timeToBlockExpire)));
    throw new AppError(HttpStatus.TOO_MANY_REQUESTS, 'TOO_MANY_REQUESTS', '请求过于频繁，请稍后再试');
  }
}

/** Limits a route by the named throttles (after authentication, so a throttle may count per user). */
export const RateLimited = (...names: ThrottleName[]) =>
  applyDecorators(SkipThrottle(Object.fromEntries(NAMES.filter((n) => !names.includes(n)).map((n) => [n, true]))), UseGuards(RateLimitGuard));
