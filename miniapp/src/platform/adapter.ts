import type { LoginResponse, SubscriptionAnswersRequest } from '@lingjuli/shared';
import type { DownloadRequest } from '@/services/http';

export interface Location {
  latitude: number;
  longitude: number;
}

/**
 * Everything that differs between WeChat and the browser. Pages call this, never wx.* or the
 * WeChat-only Taro APIs directly: in the H5 build those are stubs that report success silently.
 */
export interface PlatformAdapter {
  readonly name: 'weapp' | 'h5';
  /** A resident's session: wx.login + the server on WeChat; the development login in a browser. */
  loginResident(): Promise<LoginResponse>;
  /**
   * A `wx.login` code, for the server to learn this WeChat's openid (staff linking the WeChat their
   * messages go to). Rejects in a browser: there is no WeChat there.
   */
  wechatLoginCode(): Promise<string>;
  /** Whether subscription messages can be asked for here: in WeChat only (a browser answers every ask with none). */
  readonly canSubscribe: boolean;
  /**
   * Ask her to agree to subscription messages of these templates (three at most). Must start inside a
   * tap handler. Her answers, by template; none where WeChat is absent or she closed the dialog.
   */
  requestSubscriptions(templateIds: readonly string[]): Promise<SubscriptionAnswersRequest['answers']>;
  /** WeChat's privacy authorisation before personal data (location, photos) is collected; always true in a browser. */
  ensurePrivacyAuthorized(): Promise<boolean>;
  /** Scan a stairwell code; returns its scene (`b=C01-B03`), or null if cancelled or unsupported. */
  scanScene(): Promise<string | null>;
  makePhoneCall(phone: string): Promise<void>;
  /** Up to `count` photos from the album or camera, as local paths. */
  chooseImages(count: number): Promise<string[]>;
  /** A smaller copy of a photo for upload. */
  compressImage(path: string): Promise<string>;
  /** The current location if the person allows it; null otherwise (filing works without it). */
  getLocation(): Promise<Location | null>;
  /** Fetches a file the server makes (an .xlsx export) and gives it to the person: saved by the browser, opened by WeChat. */
  saveFile(request: DownloadRequest, fileName: string): Promise<void>;
}
