import { SUBSCRIPTION_ANSWERS, type LoginResponse, type SubscriptionAnswer } from '@lingjuli/shared';
import type { Location, PlatformAdapter } from '@/platform/adapter';

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
}

/** The scene of a mini-program code path like `pages/home/index?scene=b%3DC01-B03`. */
export function sceneFromPath(path: string | undefined): string | null {
  const match = path?.match(/[?&]scene=([^&]+)/);
  return match ? decodeURIComponent(match[1]) : null;
}

export function createWeappAdapter(wx: WeappApi, exchangeCode: (code: string) => Promise<LoginResponse>): PlatformAdapter {
  return {
    name: 'weapp',
    canSubscribe: true,
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
    async compressImage(path) {
      try {
        return (await wx.compressImage({ src: path, quality: 60 })).tempFilePath;
      } catch {
        return path;
      }
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
