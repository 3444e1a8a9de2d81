import Taro from '@tarojs/taro';
import { PAGES } from '@/routes';

const TAB_PAGES: readonly string[] = [PAGES.home, PAGES.mine];

/** Opens a page by URL; tab pages (home, my appeals) are switched to, since they cannot be navigated to. */
export function openPage(url: string, how: 'navigate' | 'redirect' = 'navigate'): void {
  const path = url.replace(/^\//, '').split('?')[0];
  if (TAB_PAGES.includes(path)) void Taro.switchTab({ url: `/${path}` });
  else if (how === 'redirect') void Taro.redirectTo({ url });
  else void Taro.navigateTo({ url });
}

/** Back to the previous page, or to `url` when this page was opened directly (a link, a reload). */
export function backOr(url: string): void {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack();
  else void Taro.redirectTo({ url });
}

export function toast(title: string): void {
  void Taro.showToast({ title, icon: 'success', duration: 1500 });
}

/** Brings a section into view (an action's form just opened). */
export function scrollToSelector(selector: string): void {
  setTimeout(() => void Taro.pageScrollTo({ selector, duration: 200 }).catch(() => undefined), 50);
}
