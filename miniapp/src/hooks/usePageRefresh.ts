import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { useLayoutEffect, useRef } from 'react';

/**
 * Reloads a page when she comes back to it (after filing, rating, or from another tab) and on pull-down
 * (the page config needs `enablePullDownRefresh: true`). The first show is the first load: skipped.
 */
export function usePageRefresh(reload: () => Promise<unknown>): void {
  const shown = useRef(false);
  const latest = useRef(reload);
  useLayoutEffect(() => {
    latest.current = reload;
  });

  useDidShow(() => {
    if (shown.current) void latest.current();
    shown.current = true;
  });

  usePullDownRefresh(() => {
    void latest.current().finally(() => Taro.stopPullDownRefresh());
  });
}
