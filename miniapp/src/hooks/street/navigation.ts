import Taro from '@tarojs/taro';

/** Back to the page before, or to `url` when this page was opened directly (a link, a reload). */
export function backOr(url: string): void {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack();
  else void Taro.redirectTo({ url });
}

export function open(url: string): void {
  void Taro.navigateTo({ url });
}

export function toastDone(title: string): void {
  void Taro.showToast({ title, icon: 'success', duration: 1500 });
}
