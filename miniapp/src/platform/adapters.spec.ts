import type { LoginResponse } from '@lingjuli/shared';
import { createH5Adapter } from '@/platform/h5.adapter';
import { createWeappAdapter, sceneFromPath, type WeappApi } from '@/platform/weapp.adapter';

const login: LoginResponse = {
  token: 't',
  expiresAt: '2026-03-09T00:00:00.000Z',
  user: { id: 1, role: 'resident', displayName: '居民', communityId: null, gridId: null, departmentId: null },
};

function fakeWx(overrides: Partial<WeappApi> = {}): WeappApi {
  return {
    login: jest.fn(async () => ({ code: 'wx-code-1' })),
    requestSubscribeMessage: jest.fn(async () => ({})),
    requirePrivacyAuthorize: jest.fn(async () => ({})),
    scanCode: jest.fn(async () => ({ path: 'pages/home/index?scene=b%3DC01-B03' })),
    makePhoneCall: jest.fn(async () => ({})),
    chooseMedia: jest.fn(async () => ({ tempFiles: [{ tempFilePath: 'wxfile://a.jpg' }, { tempFilePath: 'wxfile://b.jpg' }] })),
    compressImage: jest.fn(async ({ src }: { src: string }) => ({ tempFilePath: `${src}.small` })),
    getLocation: jest.fn(async () => ({ latitude: 39.9, longitude: 116.3 })),
    downloadFile: jest.fn(async () => ({ statusCode: 200, tempFilePath: 'wxfile://ledger.xlsx' })),
    openDocument: jest.fn(async () => ({})),
    setClipboardData: jest.fn(async () => ({})),
    previewImage: jest.fn(async () => ({})),
    chooseMessageFile: jest.fn(async () => ({ tempFiles: [{ path: 'wxfile://tmp/batch.xlsx', name: '12345工单.xlsx' }] })),
    ...overrides,
  };
}

describe('the WeChat adapter', () => {
  it("picks the 12345 batch from a chat's files, a spreadsheet only; cancelling gives none", async () => {
    const wx = fakeWx();
    await expect(createWeappAdapter(wx, async () => login).chooseSpreadsheet()).resolves.toEqual({ path: 'wxfile://tmp/batch.xlsx', name: '12345工单.xlsx' });
    expect(wx.chooseMessageFile).toHaveBeenCalledWith({ count: 1, type: 'file', extension: ['xlsx', 'csv'] });
    const cancelled = fakeWx({ chooseMessageFile: jest.fn(async () => Promise.reject(new Error('chooseMessageFile:fail cancel'))) });
    await expect(createWeappAdapter(cancelled, async () => login).chooseSpreadsheet()).resolves.toBeNull();
  });

  it('logs a resident in with the wx.login code exchanged by the server', async () => {
    const wx = fakeWx();
    const exchange = jest.fn(async () => login);
    await expect(createWeappAdapter(wx, exchange).loginResident()).resolves.toBe(login);
    expect(exchange).toHaveBeenCalledWith('wx-code-1');
  });

  it('gives a wx.login code of its own (staff linking their WeChat), and can ask for subscriptions', async () => {
    const wx = fakeWx();
    const adapter = createWeappAdapter(wx, async () => login);
    await expect(adapter.wechatLoginCode()).resolves.toBe('wx-code-1');
    expect(adapter.canSubscribe).toBe(true);
  });

  it('asks for subscriptions only when there are templates, and a closed dialog is not an error', async () => {
    const wx = fakeWx({ requestSubscribeMessage: jest.fn(async () => Promise.reject(new Error('requestSubscribeMessage:fail cancel'))) });
    const adapter = createWeappAdapter(wx, async () => login);
    await expect(adapter.requestSubscriptions([])).resolves.toEqual([]);
    expect(wx.requestSubscribeMessage).not.toHaveBeenCalled();
    await expect(adapter.requestSubscriptions(['tmpl-1'])).resolves.toEqual([]);
    expect(wx.requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: ['tmpl-1'] });
  });

  it('answers what she chose for each template, as WeChat reported it', async () => {
    const wx = fakeWx({
      requestSubscribeMessage: jest.fn(async () => ({ errMsg: 'requestSubscribeMessage:ok', 'tmpl-1': 'accept', 'tmpl-2': 'reject', 'tmpl-3': 'filter' })),
    });
    await expect(createWeappAdapter(wx, async () => login).requestSubscriptions(['tmpl-1', 'tmpl-2', 'tmpl-3', 'tmpl-4'])).resolves.toEqual([
      { templateId: 'tmpl-1', answer: 'accept' },
      { templateId: 'tmpl-2', answer: 'reject' },
      { templateId: 'tmpl-3', answer: 'filter' },
    ]);
  });

  it('reads the scene of a scanned stairwell code', async () => {
    await expect(createWeappAdapter(fakeWx(), async () => login).scanScene()).resolves.toBe('b=C01-B03');
    expect(sceneFromPath('pages/home/index?x=1&scene=b%3DC02-B01')).toBe('b=C02-B01');
    expect(sceneFromPath(undefined)).toBeNull();
  });

  it('falls back instead of failing: privacy declined, no location, compression failed', async () => {
    const wx = fakeWx({
      requirePrivacyAuthorize: jest.fn(async () => Promise.reject(new Error('deny'))),
      getLocation: jest.fn(async () => Promise.reject(new Error('auth deny'))),
      compressImage: jest.fn(async () => Promise.reject(new Error('fail'))),
    });
    const adapter = createWeappAdapter(wx, async () => login);
    await expect(adapter.ensurePrivacyAuthorized()).resolves.toBe(false);
    await expect(adapter.getLocation()).resolves.toBeNull();
    await expect(adapter.compressImage('wxfile://a.jpg')).resolves.toBe('wxfile://a.jpg');
    await expect(createWeappAdapter(fakeWx(), async () => login).chooseImages(9)).resolves.toEqual(['wxfile://a.jpg', 'wxfile://b.jpg']);
  });
});

describe('the browser adapter', () => {
  const deps = () => ({
    devLogin: jest.fn(async () => login),
    residentName: () => '体验居民1234',
    chooseImages: jest.fn(async () => ['blob:1']),
    downscale: jest.fn(async (path: string) => `${path}#small`),
    openUrl: jest.fn(),
    geolocation: jest.fn(async () => null),
    saveDownload: jest.fn(async () => undefined),
    chooseFile: jest.fn(async () => ({ path: 'blob:batch', name: '12345工单.csv' })),
  });

  it("opens the browser's file dialog for a spreadsheet", async () => {
    const d = deps();
    await expect(createH5Adapter(d).chooseSpreadsheet()).resolves.toEqual({ path: 'blob:batch', name: '12345工单.csv' });
    expect(d.chooseFile).toHaveBeenCalledWith('.xlsx,.csv');
  });

  it("uses the development login as this browser's resident", async () => {
    const d = deps();
    await createH5Adapter(d).loginResident();
    expect(d.devLogin).toHaveBeenCalledWith({ role: 'resident', name: '体验居民1234' });
  });

  it('calls through tel: links, has no scanner or subscriptions, and needs no privacy popup', async () => {
    const d = deps();
    const adapter = createH5Adapter(d);
    await adapter.makePhoneCall('010-6821 0000');
    expect(d.openUrl).toHaveBeenCalledWith('tel:01068210000');
    await expect(adapter.scanScene()).resolves.toBeNull();
    await expect(adapter.requestSubscriptions(['x'])).resolves.toEqual([]);
    expect(adapter.canSubscribe).toBe(false);
    await expect(adapter.wechatLoginCode()).rejects.toThrow('没有微信');
    await expect(adapter.ensurePrivacyAuthorized()).resolves.toBe(true);
  });

  it('downscales photos before upload, and keeps the original if that fails', async () => {
    const d = deps();
    await expect(createH5Adapter(d).compressImage('blob:1')).resolves.toBe('blob:1#small');
    expect(d.downscale).toHaveBeenCalledWith('blob:1', 1600);
    d.downscale.mockRejectedValueOnce(new Error('canvas'));
    await expect(createH5Adapter(d).compressImage('blob:2')).resolves.toBe('blob:2');
  });
});
