import { useDidHide, useDidShow } from '@tarojs/taro';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';

/**
 * Runs `poll` every `intervalMs` while the page is on screen (between Taro's show and hide) and, in a
 * browser, while its tab is visible; one at a time, so a slow answer is never overtaken. A failed
 * poll is left for the next one: the page's own error handling is for what she asked for.
 */
export function usePolling(poll: () => Promise<unknown>, intervalMs: number, enabled: boolean): void {
  const latest = useRef(poll);
  useLayoutEffect(() => {
    latest.current = poll;
  });
  const [shown, setShown] = useState(true);
  useDidShow(() => setShown(true));
  useDidHide(() => setShown(false));

  useEffect(() => {
    if (!enabled || !shown) return;
    let busy = false;
    const timer = setInterval(() => {
      if (busy || (typeof document !== 'undefined' && document.visibilityState === 'hidden')) return;
      busy = true;
      void latest
        .current()
        .catch(() => undefined)
        .finally(() => (busy = false));
    }, intervalMs);
    return () => clearInterval(timer);
  }, [enabled, shown, intervalMs]);
}
