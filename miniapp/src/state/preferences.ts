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

/** On the root element while large-text mode is on (browser build): Taro's tab bar is outside every page (app.scss). */
export const LARGE_TEXT_ROOT_CLASS = 'lingjuli-large-text';

if (process.env.TARO_ENV === 'h5' && typeof document !== 'undefined') {
  const mark = () => void document.documentElement.classList.toggle(LARGE_TEXT_ROOT_CLASS, largeTextStore.get());
  mark();
  largeTextStore.subscribe(mark);
}
