import { AppError } from '../common/errors/app-error';
import type { AppConfig } from '../config/app-config';
import { hashPassword, PasswordHasher, verifyPassword } from './password-hasher';

describe('password hashing (scrypt)', () => {
  it('verifies the right password and refuses others', async () => {
    const stored = await hashPassword('correct horse');
    expect(stored).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(await verifyPassword('correct horse', stored)).toBe(true);
    expect(await verifyPassword('correct horsf', stored)).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same')).not.toBe(await hashPassword('same'));
  });

  it('refuses a stored value of another scheme', async () => {
    expect(await verifyPassword('x', 'bcrypt$whatever')).toBe(false);
  });
});

describe('PasswordHasher: hashing for requests, bounded', () => {
  const hasherWith = (concurrency: number) => new PasswordHasher({ loginHashConcurrency: concurrency } as AppConfig);

  /** Runs `work` while sampling how many hashes are in flight; returns the most seen at once. */
  async function peakWhile(hasher: PasswordHasher, work: Promise<unknown>): Promise<number> {
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, hasher.inFlight)), 1);
    try {
      await work;
    } finally {
      clearInterval(sampler);
    }
    return peak;
  }

  it('never runs more hashes at once than configured, and every answer is still right', async () => {
    const hasher = hasherWith(2);
    const stored = await hashPassword('right');
    const attempts = Array.from({ length: 8 }, (_, i) => hasher.verify(i % 2 ? 'right' : 'wrong', stored));
    const peak = await peakWhile(hasher, Promise.all(attempts));
    expect(peak).toBeGreaterThan(0);
    expect(peak).toBeLessThanOrEqual(2);
    expect(await Promise.all(attempts)).toEqual([false, true, false, true, false, true, false, true]);
    expect(hasher.inFlight).toBe(0);
  });

  it('checks an unknown user against a dummy hash: the same work, and never a match', async () => {
    const hasher = hasherWith(1);
    const unknown = hasher.verify('anything', null);
    expect(await peakWhile(hasher, unknown)).toBe(1);
    expect(await unknown).toBe(false);
  });

  it('turns logins away with 503 and Retry-After once the queue is full, instead of queueing for seconds', async () => {
    const hasher = hasherWith(1);
    const stored = await hashPassword('right');
    const attempts = Array.from({ length: 52 }, () => hasher.verify('wrong', stored).catch((e: unknown) => e));
    const answers = await Promise.all(attempts);
    const refused = answers.filter((a) => a instanceof AppError);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ status: 503, code: 'LOGIN_BUSY', retryAfterSeconds: 2 });
    expect(answers.filter((a) => a === false)).toHaveLength(51);
  });
});
