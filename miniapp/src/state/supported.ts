import { storage } from './storage';
import { createStore, useStore } from './store';

const KEY = 'lingjuli.supported';
/** Enough for years of "me too"; the oldest are forgotten first. */
const MAX_KEPT = 200;

/**
 * Appeals she joined with "我也遇到了", as learnt from their detail (`supportedByMe`) on this device:
 * her list's summaries do not say which ones she only joined, so the list marks them from here.
 */
export const supportedStore = createStore<readonly number[]>(storage.get<number[]>(KEY) ?? []);

export function rememberSupported(appealId: number): void {
  const known = supportedStore.get();
  if (known.includes(appealId)) return;
  const next = [...known, appealId].slice(-MAX_KEPT);
  storage.set(KEY, next);
  supportedStore.set(next);
}

export function forgetSupported(): void {
  storage.remove(KEY);
  supportedStore.set([]);
}

export function useSupported(): readonly number[] {
  return useStore(supportedStore);
}
