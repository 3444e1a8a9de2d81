import { storage } from '@/state/storage';
import { createStore, useStore } from '@/state/store';

const KEY = 'lingjuli.largeText';

/** 适老化: larger type and higher contrast, switched on the home page and remembered on this device. */
export const largeTextStore = createStore<boolean>(storage.get<boolean>(KEY) === true);

export function setLargeText(on: boolean): void {
  storage.set(KEY, on);
  largeTextStore.set(on);
}

export function useLargeText(): boolean {
  return useStore(largeTextStore);
}
