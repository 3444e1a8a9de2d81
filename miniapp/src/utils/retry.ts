import { ApiError } from '@/services/http';

export interface RetryOptions {
  /** Waits between attempts; one more attempt than waits. */
  delaysMs: readonly number[];
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `send` again after network failures and brief server outages (never after a 4xx, which would
 * fail the same way). Safe for filing because every attempt carries the same Idempotency-Key.
 */
export async function withRetry<T>(send: () => Promise<T>, options: RetryOptions): Promise<T> {
  const sleep = options.sleep ?? defaultSleep;
  for (let attempt = 0; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      const retryable = error instanceof ApiError && error.retryable;
      if (!retryable || attempt >= options.delaysMs.length) throw error;
      await sleep(options.delaysMs[attempt]);
    }
  }
}
