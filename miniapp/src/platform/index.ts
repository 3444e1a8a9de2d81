import Taro from '@tarojs/taro';
import { api } from '@/services/api';
import { storage } from '@/state/storage';
import type { ChosenFile, PlatformAdapter } from '@/platform/adapter';
import type { DownloadRequest } from '@/services/http';
import { createH5Adapter } from '@/platform/h5.adapter';
import { createWeappAdapter, type RecordRecognitionManager, type WeappApi } from '@/platform/weapp.adapter';

const RESIDENT_NAME_KEY = 'lingjuli.devResidentName';

/** This browser's sample resident: one name per browser, so her appeals stay hers. */
function browserResidentName(): string {
  const saved = storage.get<string>(RESIDENT_NAME_KEY);
  if (saved) return saved;
  const name = `体验居民${Math.floor(1000 + Math.random() * 9000)}`;
  storage.set(RESIDENT_NAME_KEY, name);
  return name;
}

function downscale(path: string, maxSide: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      const scale = Math.min(1, maxSide / Math.max(image.width, image.height));
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(image.width * scale);
      canvas.height = Math.round(image.height * scale);
      canvas.getContext('2d')?.drawImage(image, 0, 0, canvas.width, canvas.height);
      canvas.toBlob((blob) => (blob ? resolve(URL.createObjectURL(blob)) : reject(new Error('toBlob failed'))), 'image/jpeg', 0.7);
    };
    image.onerror = () => reject(new Error('image failed to load'));
    image.src = path;
  });
}

/** The browser's file dialog through a passing <input type=file>; null when she closes it without a file. */
function chooseFile(accept: string): Promise<ChosenFile | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      resolve(file ? { path: URL.createObjectURL(file), name: file.name } : null);
    });
    input.addEventListener('cancel', () => resolve(null));
    input.click();
  });
}

/** Fetches the file (the token in its header, which a link cannot send) and saves it through a temporary link. */
async function saveDownload(request: DownloadRequest, fileName: string): Promise<void> {
  const response = await fetch(request.url, { headers: request.header });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { message?: string } | null;
    throw new Error(body?.message ?? `导出失败（${response.status}）`);
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** WeChat's global for a plugin the build declared (app.config.ts); absent elsewhere. */
declare const requirePlugin: ((name: string) => unknown) | undefined;

/** The 微信同声传译 recogniser when this build declares the plugin (LINGJULI_WECHAT_SI); null when it does not. */
function wechatSpeechRecognizer(): RecordRecognitionManager | null {
  // Off unless the build declares the plugin: asking WeChat for an undeclared one is an error.
  if (!LINGJULI_WECHAT_SI || typeof requirePlugin !== 'function') return null;
  try {
    const plugin = requirePlugin('WechatSI') as { getRecordRecognitionManager?: () => RecordRecognitionManager } | undefined;
    return plugin?.getRecordRecognitionManager?.() ?? null;
  } catch {
    // Not declared in app.json: WeChat refuses the plugin, and the app offers the keyboard only.
    return null;
  }
}

function createPlatform(): PlatformAdapter {
  if (process.env.TARO_ENV === 'weapp') {
    return createWeappAdapter(Taro as unknown as WeappApi, (code) => api.auth.wechat(code), { speechRecognizer: wechatSpeechRecognizer });
  }
  return createH5Adapter({
    devLogin: (body) => api.auth.dev(body),
    residentName: browserResidentName,
    chooseImages: async (count) => {
      try {
        const { tempFilePaths } = await Taro.chooseImage({ count, sizeType: ['compressed'] });
        return tempFilePaths;
      } catch {
        return [];
      }
    },
    downscale,
    chooseFile,
    openUrl: (url) => {
      window.location.href = url;
    },
    openWindow: (url) => {
      window.open(url, '_blank', 'noopener');
    },
    saveDownload,
    geolocation: () =>
      new Promise((resolve) => {
        if (!navigator.geolocation) return resolve(null);
        navigator.geolocation.getCurrentPosition(
          (p) => resolve({ latitude: p.coords.latitude, longitude: p.coords.longitude }),
          () => resolve(null),
          { timeout: 8000 },
        );
      }),
  });
}

/** The one place the app reaches WeChat or the browser. */
export const platform: PlatformAdapter = createPlatform();
