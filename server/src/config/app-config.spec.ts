import { loadConfig } from './app-config';

describe('loadConfig', () => {
  it('defaults to SQLite under data/ with the dev login on', () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toMatch(/^sqlite:.*data\/lingjuli\.sqlite$/);
    expect(config.devLoginEnabled).toBe(true);
    expect(config.port).toBe(3000);
    expect(config.logFormat).toBe('text');
  });

  it('turns the dev login off once WeChat credentials are configured', () => {
    expect(loadConfig({ WECHAT_APP_ID: 'wx1', WECHAT_APP_SECRET: 's' }).devLoginEnabled).toBe(false);
  });

  it('demands real secrets in production and never offers the dev login there', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/AUTH_SECRET/);
    const config = loadConfig({ NODE_ENV: 'production', AUTH_SECRET: 's'.repeat(32), PHONE_ENCRYPTION_KEY: 'ab'.repeat(32) });
    expect(config.devLoginEnabled).toBe(false);
    expect(config.logFormat).toBe('json');
  });

  it('refuses a phone key of the wrong length', () => {
    expect(() => loadConfig({ PHONE_ENCRYPTION_KEY: 'abcd' })).toThrow(/32 bytes/);
  });

  it('takes PUBLIC_URL without a trailing slash and refuses one that is not an http(s) URL', () => {
    expect(loadConfig({}).publicUrl).toBe('http://localhost:3000');
    expect(loadConfig({ PUBLIC_URL: 'https://lingjuli.example.cn/app/' }).publicUrl).toBe('https://lingjuli.example.cn/app');
    expect(() => loadConfig({ PUBLIC_URL: 'lingjuli.example.cn' })).toThrow();
    expect(() => loadConfig({ PUBLIC_URL: 'ftp://lingjuli.example.cn' })).toThrow(/PUBLIC_URL/);
  });
});
