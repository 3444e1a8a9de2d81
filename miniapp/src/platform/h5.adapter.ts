import type { DevLoginRequest, LoginResponse } from '@lingjuli/shared';
import type { ChosenFile, Location, PlatformAdapter } from '@/platform/adapter';
import type { DownloadRequest } from '@/services/http';

/** What the browser adapter needs (injected, so tests run without a browser). */
export interface H5Deps {
  devLogin(body: DevLoginRequest): Promise<LoginResponse>;
  /** This browser's sample resident name, kept so the same browser is the same resident. */
  residentName(): string;
  chooseImages(count: number): Promise<string[]>;
  /** The browser's file dialog for these types (`accept`); null if cancelled. */
  chooseFile(accept: string): Promise<ChosenFile | null>;
  /** Downscales a photo (canvas) to at most `maxSide` pixels; returns a new local URL. */
  downscale(path: string, maxSide: number): Promise<string>;
  openUrl(url: string): void;
  /** Opens a page in a new tab (the printable posters); without it, in this one. */
  openWindow?(url: string): void;
  /** Fetches the file with its headers and hands it to the browser's downloads under `fileName`. */
  saveDownload(request: DownloadRequest, fileName: string): Promise<void>;
  geolocation(): Promise<Location | null>;
}

const MAX_PHOTO_SIDE = 1600;

/** What the 12345 batch comes as. */
export const SPREADSHEET_TYPES = ['xlsx', 'csv'] as const;

/** The browser build: no WeChat, so the development login, tel: links and canvas compression. */
export function createH5Adapter(deps: H5Deps): PlatformAdapter {
  return {
    name: 'h5',
    loginResident: () => deps.devLogin({ role: 'resident', name: deps.residentName() }),
    wechatLoginCode: () => Promise.reject(new Error('这里没有微信，请在微信小程序中操作')),
    canSubscribe: false,
    requestSubscriptions: async () => [],
    ensurePrivacyAuthorized: async () => true,
    scanScene: async () => null,
    async makePhoneCall(phone) {
      deps.openUrl(`tel:${phone.replace(/[^0-9+]/g, '')}`);
    },
    chooseImages: (count) => deps.chooseImages(count),
    chooseSpreadsheet: () => deps.chooseFile(SPREADSHEET_TYPES.map((t) => `.${t}`).join(',')),
    saveFile: (request, fileName) => deps.saveDownload(request, fileName),
    async compressImage(path) {
      try {
        return await deps.downscale(path, MAX_PHOTO_SIDE);
      } catch {
        return path;
      }
    },
    getLocation: () => deps.geolocation(),
    async openPoster({ pageUrl }) {
      (deps.openWindow ?? deps.openUrl)(pageUrl);
      return 'opened';
    },
    // The browser's own speech recognition sends the voice to a third party's server: none here.
    speechInput: null,
  };
}
