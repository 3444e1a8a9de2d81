import type { LoginResponse } from '@lingjuli/shared';
import { createH5Adapter, type H5Deps } from '@/platform/h5.adapter';
import { createWeappAdapter, type WeappApi } from '@/platform/weapp.adapter';

const poster = {
  pageUrl: 'https://lingjuli.example.cn/api/buildings/by-code/C01-B01/poster',
  imageUrl: 'https://lingjuli.example.cn/api/buildings/by-code/C01-B01/qr.png',
};
const noLogin = async () => ({}) as LoginResponse;

describe('opening a printable poster', () => {
  it('opens it in a new tab in the browser, to print from there', async () => {
    const deps = { openUrl: jest.fn(), openWindow: jest.fn() } as unknown as H5Deps;
    await expect(createH5Adapter(deps).openPoster(poster)).resolves.toBe('opened');
    expect(deps.openWindow).toHaveBeenCalledWith(poster.pageUrl);
    expect(deps.openUrl).not.toHaveBeenCalled();
  });

  it('copies the link in WeChat (no web pages there) and previews the code', async () => {
    const wx = { setClipboardData: jest.fn(async () => ({})), previewImage: jest.fn(async () => ({})) } as unknown as WeappApi;
    await expect(createWeappAdapter(wx, noLogin).openPoster(poster)).resolves.toBe('copied');
    expect(wx.setClipboardData).toHaveBeenCalledWith({ data: poster.pageUrl });
    expect(wx.previewImage).toHaveBeenCalledWith({ urls: [poster.imageUrl], current: poster.imageUrl });
  });

  it('only copies a community’s posters, which have no single code to preview', async () => {
    const wx = { setClipboardData: jest.fn(async () => ({})), previewImage: jest.fn(async () => ({})) } as unknown as WeappApi;
    await createWeappAdapter(wx, noLogin).openPoster({ pageUrl: 'https://lingjuli.example.cn/api/communities/3/posters' });
    expect(wx.previewImage).not.toHaveBeenCalled();
  });
});
