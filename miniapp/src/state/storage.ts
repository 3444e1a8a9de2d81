import Taro from '@tarojs/taro';

/** Local storage that never throws (a full or unavailable store just forgets). */
export const storage = {
  get<T>(key: string): T | null {
    try {
      const value = Taro.getStorageSync<T | ''>(key);
      return value === '' ? null : value;
    } catch {
      return null;
    }
  },
  set(key: string, value: unknown): void {
    try {
      Taro.setStorageSync(key, value);
    } catch {
      /* storage full or unavailable: the app still works, it only forgets */
    }
  },
  remove(key: string): void {
    try {
      Taro.removeStorageSync(key);
    } catch {
      /* nothing to do */
    }
  },
};
