import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { AppError } from '../common/errors/app-error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

const PARAMS = { N: 16384, r: 8, p: 1, keyLength: 64 };

function derive(password: string, salt: Buffer, N: number, r: number, p: number, keyLength: number): Promise<Buffer> {
  const options: ScryptOptions = { N, r, p, maxmem: 64 * 1024 * 1024 };
  return new Promise((resolve, reject) => scrypt(password, salt, keyLength, options, (err, key) => (err ? reject(err) : resolve(key))));
}

/** Staff passwords, hashed with node:crypto scrypt: `scrypt$N$r$p$salt$hash` so parameters can rise later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const { N, r, p, keyLength } = PARAMS;
  const key = await derive(password, salt, N, r, p, keyLength);
  return ['scrypt', N, r, p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, N, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await derive(password, Buffer.from(salt, 'base64'), Number(N), Number(r), Number(p), expected.length);
  return timingSafeEqual(actual, expected);
}

/** Logins waiting for a hash beyond this are turned away at once rather than queued for seconds. */
const MAX_WAITING = 50;

/**
 * Password hashing for requests. One scrypt takes ~50 ms of a core and 16 MB; unbounded, a flood of
 * logins fills libuv's threads and starves every other request. So at most `loginHashConcurrency`
 * run at once, a short queue waits, and beyond it the caller is told to retry (503). An unknown
 * username is checked against a dummy hash, so it costs — and takes — what a real one does.
 */
@Injectable()
export class PasswordHasher {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private dummy: Promise<string> | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Whether `password` matches `stored`; with no stored hash (unknown user, resident) always false, in the same time. */
  async verify(password: string, stored: string | null): Promise<boolean> {
    this.dummy ??= hashPassword(randomBytes(16).toString('hex'));
    const hash = stored ?? (await this.dummy);
    const matches = await this.bounded(() => verifyPassword(password, hash));
    return stored !== null && matches;
  }

  hash(password: string): Promise<string> {
    return this.bounded(() => hashPassword(password));
  }

  /** Hashes in progress now (for the tests of the bound). */
  get inFlight(): number {
    return this.running;
  }

  private async bounded<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.config.loginHashConcurrency) {
      if (this.waiting.length >= MAX_WAITING) {
        throw new AppError(HttpStatus.SERVICE_UNAVAILABLE, 'LOGIN_BUSY', '登录的人较多，请稍后再试', undefined, 2);
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }
    try {
      return await work();
    } finally {
      // Hand the slot straight to the next waiter, or free it.
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}
