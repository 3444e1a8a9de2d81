import { useDidShow } from '@tarojs/taro';
import { useState } from 'react';

/**
 * A one-time message for the next page ("提交成功！…" for an appeal, "已删除" for the home page), kept in
 * memory rather than in the URL so it shows once, not again on every reload or back-navigation.
 */
export type FlashKey = number | 'home';

const pending = new Map<FlashKey, string>();

export function setFlash(key: FlashKey, message: string): void {
  pending.set(key, message);
}

export function takeFlash(key: FlashKey): string | null {
  const message = pending.get(key) ?? null;
  pending.delete(key);
  return message;
}

/** For a tab page, which stays mounted: the message waiting for it each time it is shown. */
export function useShownFlash(key: FlashKey): string | null {
  const [message, setMessage] = useState<string | null>(null);
  useDidShow(() => setMessage(takeFlash(key)));
  return message;
}
