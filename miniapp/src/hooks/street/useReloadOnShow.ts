import { useDidShow } from '@tarojs/taro';
import { useRef } from 'react';

/** Reloads when the page shows again (back from a detail page), not on its first show, which loads anyway. */
export function useReloadOnShow(reload: () => unknown): void {
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void reload();
    shown.current = true;
  });
}
