import { SUBSCRIPTION_ANSWERS, type LoginResponse, type SubscriptionAnswer } from '@lingjuli/shared';
import type { Location, PlatformAdapter, SpeechInput, SpeechListener } from '@/platform/adapter';
import { SPREADSHEET_TYPES } from '@/platform/h5.adapter';

/** The slice of the Taro/wx API the WeChat adapter uses (injected, so tests can stand in for WeChat). */
export interface WeappApi {
  login(): Promise<{ code: string }>;
  requestSubscribeMessage(options: { tmplIds: string[] }): Promise<unknown>;
  requirePrivacyAuthorize?(): Promise<unknown>;
  scanCode(options: { onlyFromCamera: boolean; scanType: string[] }): Promise<{ path?: string; result?: string }>;
  makePhoneCall(options: { phoneNumber: string }): Promise<unknown>;
  chooseMedia(options: { count: number; mediaType: string[]; sizeType: string[] }): Promise<{ tempFiles: { tempFilePath: string }[] }>;
  compressImage(options: { src: string; quality: number }): Promise<{ tempFilePath: string }>;
  getLocation(options: { type: string }): Promise<Location>;
  downloadFile(options: { url: string; header: Record<string, string> }): Promise<{ statusCode: number; tempFilePath: string }>;
  openDocument(options: { filePath: string; fileType: string; showMenu: boolean }): Promise<unknown>;
  setClipboardData(options: { data: string }): Promise<unknown>;
  previewImage(options: { urls: string[]; current?: string }): Promise<unknown>;
  chooseMessageFile(options: { count: number; type: string; extension: string[] }): Promise<{ tempFiles: { path: string; name: string }[] }>;
}

/** The scene of a mini-program code path like `pages/home/index?scene=b%3DC01-B03`. */
export function sceneFromPath(path: string | undefined): string | null {
  const match = path?.match(/[?&]scene=([^&]+)/);
  return match ? decodeURIComponent(match[1]) : null;
}

/**
 * The 微信同声传译 plugin's recogniser (`requirePlugin('WechatSI').getRecordRecognitionManager()`): one
 * per app, its events are assigned as properties.
 */
export interface RecordRecognitionManager {
  start(options: { duration?: number; lang?: string }): void;
  stop(): void;
  onStart?: (res: { msg?: string }) => void;
  onRecognize?: (res: { result?: string }) => void;
  onStop?: (res: { result?: string }) => void;
  onError?: (res: { retcode?: number; msg?: string }) => void;
}

export interface WeappOptions {
  /** The plugin's recogniser; null (or absent) when this build does not declare the plugin. */
  speechRecognizer?: () => RecordRecognitionManager | null;
}

/** The longest the plugin listens in one go (its maximum). */
export const SPEECH_MAX_MS = 60_000;

/** Her words for the plugin's error codes (retcode; developers.weixin.qq.com, 微信同声传译). */
export function speechErrorMessage(retcode: number | undefined): string {
  switch (retcode) {
    case -30001:
      return '没能打开麦克风，请允许使用麦克风，或用键盘输入';
    case -30002:
      return '录音被打断了，请再说一次';
    case -30003:
    case -30004:
    case -30008:
    case -30010:
      return '网络不好，没能识别，请再说一次或用键盘输入';
    case -30006:
      return '识别超时了，请再说一次';
    case -30011:
      return '上一段还在识别，请稍等再说';
    default:
      return '没能识别，请再说一次或用键盘输入';
  }
}

/** Voice input over the plugin's recogniser: one listener at a time; a second start while listening is ignored. */
export function createSpeechInput(manager: RecordRecognitionManager): SpeechInput {
  let listener: SpeechListener | null = null;
  const end = (result: { text: string } | { error: string }) => {
    const current = listener;
    listener = null;
    current?.onEnd(result);
  };
  manager.onRecognize = (res) => listener?.onPartial?.(res.result ?? '');
  manager.onStop = (res) => end({ text: (res.result ?? '').trim() });
  manager.onError = (res) => end({ error: speechErrorMessage(res.retcode) });
  return {
    start(next) {
      if (listener) return;
      listener = next;
      try {
        manager.start({ duration: SPEECH_MAX_MS, lang: 'zh_CN' });
      } catch {
        end({ error: speechErrorMessage(undefined) });
      }
    },
    stop() {
      if (!listener) return;
      try {
        manager.stop();
      } catch {
        end({ text: '' });
      }
    },
  };
}

function speechInputOf(options: WeappOptions): SpeechInput | null {
  try {
    const manager = options.speechRecognizer?.() ?? null;
    return manager ? createSpeechInput(manager) : null;
  } catch {
    return null;
  }
}

export function createWeappAdapter(wx: WeappApi, exchangeCode: (code: string) => Promise<LoginResponse>, options: WeappOptions = {}): PlatformAdapter {
  return {
    name: 'weapp',
    canSubscribe: true,
    speechInput: speechInputOf(options),
    async loginResident() {
      const { code } = await wx.login();
      return exchangeCode(code);
    },
    async wechatLoginCode() {
      return (await wx.login()).code;
    },
    async requestSubscriptions(templateIds) {
      if (templateIds.length === 0) return [];
      try {
        const result = (await wx.requestSubscribeMessage({ tmplIds: [...templateIds] })) as Record<string, unknown>;
        return templateIds.flatMap((templateId) => {
          const answer = result[templateId];
          return typeof answer === 'string' && (SUBSCRIPTION_ANSWERS as readonly string[]).includes(answer)
            ? [{ templateId, answer: answer as SubscriptionAnswer }]
            : [];
        });
      } catch {
        // Closed, or unavailable: the in-app inbox still has every notice.
        return [];
      }
    },
    async ensurePrivacyAuthorized() {
      if (!wx.requirePrivacyAuthorize) return true;
      try {
        await wx.requirePrivacyAuthorize();
        return true;
      } catch {
        return false;
      }
    },
    async scanScene() {
      try {
        const result = await wx.scanCode({ onlyFromCamera: false, scanType: ['wxCode', 'qrCode'] });
        return sceneFromPath(result.path) ?? sceneFromPath(result.result);
      } catch {
        return null;
      }
    },
    async makePhoneCall(phone) {
      try {
        await wx.makePhoneCall({ phoneNumber: phone });
      } catch {
        /* cancelled */
      }
    },
    async saveFile(request) {
      const { statusCode, tempFilePath } = await wx.downloadFile(request);
      if (statusCode !== 200) throw new Error(`导出失败（${statusCode}）`);
      // WeChat keeps the file in its sandbox: it opens it, and the menu forwards or saves it.
      await wx.openDocument({ filePath: tempFilePath, fileType: 'xlsx', showMenu: true });
    },
    async chooseImages(count) {
      try {
        const { tempFiles } = await wx.chooseMedia({ count, mediaType: ['image'], sizeType: ['compressed'] });
        return tempFiles.map((f) => f.tempFilePath);
      } catch {
        return [];
      }
    },
    async chooseSpreadsheet() {
      try {
        const { tempFiles } = await wx.chooseMessageFile({ count: 1, type: 'file', extension: [...SPREADSHEET_TYPES] });
        return tempFiles[0] ? { path: tempFiles[0].path, name: tempFiles[0].name } : null;
      } catch {
        return null;
      }
    },
    async compressImage(path) {
      try {
        return (await wx.compressImage({ src: path, quality: 60 })).tempFilePath;
      } catch {
        return path;
      }
    },
    async openPoster({ pageUrl, imageUrl }) {
      await wx.setClipboardData({ data: pageUrl });
      // The code alone can be saved from the preview and printed; the link prints the whole poster.
      if (imageUrl) await wx.previewImage({ urls: [imageUrl], current: imageUrl }).catch(() => undefined);
      return 'copied';
    },
    async getLocation() {
      try {
        const { latitude, longitude } = await wx.getLocation({ type: 'gcj02' });
        return { latitude, longitude };
      } catch {
        return null;
      }
    },
  };
}
