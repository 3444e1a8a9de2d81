import type { LoginResponse, SubscriptionAnswersRequest } from '@lingjuli/shared';
import type { DownloadRequest } from '@/services/http';

export interface Location {
  latitude: number;
  longitude: number;
}

/** What one round of voice input reports: the words heard so far while she speaks, then the end. */
export interface SpeechListener {
  onPartial?(text: string): void;
  /** The final words (empty when nothing was heard), or why it failed, in words for her. */
  onEnd(result: { text: string } | { error: string }): void;
}

/** Speech-to-text into a text box: start from a tap, stop from a tap (or it stops by itself after a minute). */
export interface SpeechInput {
  start(listener: SpeechListener): void;
  stop(): void;
}

/** A file she picked to send: a local path (WeChat temp file, browser blob: URL) and its own name (the server reads its type from it). */
export interface ChosenFile {
  path: string;
  name: string;
}

/** A printable poster's absolute URL, and the image of its code where there is one (a building's, not a community's). */
export interface PosterLink {
  pageUrl: string;
  imageUrl?: string;
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
  /**
   * A building's printable poster: a new tab in the browser (to print from there); in WeChat, which
   * opens no web pages, the link is copied (to print on a computer) and the poster's code previewed.
   */
  openPoster(poster: PosterLink): Promise<'opened' | 'copied'>;
  /**
   * A spreadsheet to upload (.xlsx or .csv, the 12345 batch): the file dialog in the browser; in WeChat a
   * file from a chat (WeChat reaches no other files). Null if she cancelled.
   */
  chooseSpreadsheet(): Promise<ChosenFile | null>;
  /** Fetches a file the server makes (an .xlsx export) and gives it to the person: saved by the browser, opened by WeChat. */
  saveFile(request: DownloadRequest, fileName: string): Promise<void>;
  /**
   * Voice input where the platform offers it: in WeChat through the 微信同声传译 plugin, only when the
   * build declares it (LINGJULI_WECHAT_SI, see app.config.ts); null otherwise and in a browser.
   */
  readonly speechInput: SpeechInput | null;
}
