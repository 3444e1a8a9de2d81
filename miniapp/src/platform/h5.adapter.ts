import type { DevLoginRequest, LoginResponse } from '@lingjuli/shared';
import type { Location, PlatformAdapter } from '@/platform/adapter';

/** What the browser adapter needs (injected, so tests run without a browser). */
export interface H5Deps {
  devLogin(body: DevLoginRequest): Promise<LoginResponse>;
  /** This browser's sample resident name, kept so the same browser is the same resident. */
  residentName(): string;
  chooseImages(count: number): Promise<string[]>;
  /** Downscales a photo (canvas) to at most `maxSide` pixels; returns a new local URL. */
  downscale(path: string, maxSide: number): Promise<string>;
  openUrl(url: string): void;
  geolocation(): Promise<Location | null>;
}

const MAX_PHOTO_SIDE = 1600;

/** The browser build: no WeChat, so the development login, tel: links and canvas compression. */
export function createH5Adapter(deps: H5Deps): PlatformAdapter {
  return {
    name: 'h5',
    loginResident: () => deps.devLogin({ role: 'resident', name: deps.residentName() }),
    requestSubscriptions: async () => undefined,
    ensurePrivacyAuthorized: async () => true,
    scanScene: async () => null,
    async makePhoneCall(phone) {
      deps.openUrl(`tel:${phone.replace(/[^0-9+]/g, '')}`);
    },
    chooseImages: (count) => deps.chooseImages(count),
    async compressImage(path) {
      try {
        return await deps.downscale(path, MAX_PHOTO_SIDE);
      } catch {
        return path;
      }
    },
    getLocation: () => deps.geolocation(),
  };
}
