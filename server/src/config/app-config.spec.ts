import { loadConfig } from './app-config';

describe('loadConfig', () => {
  const production = { NODE_ENV: 'production', AUTH_SECRET: 's'.repeat(32), PHONE_ENCRYPTION_KEY: 'ab'.repeat(32) };

  it('defaults to development on SQLite under data/, with the dev login off until asked for', () => {
    const config = loadConfig({});
    expect(config.env).toBe('development');
    expect(config.databaseUrl).toMatch(/^sqlite:.*data\/lingjuli\.sqlite$/);
    expect(config.devLoginEnabled).toBe(false);
    expect(config.port).toBe(3000);
    expect(config.logFormat).toBe('text');
    expect(config.trustProxy).toBe(false);
    expect(config.loginHashConcurrency).toBe(1);
  });

  it('offers the dev login only when DEV_LOGIN asks for it, and not once WeChat credentials are configured', () => {
    expect(loadConfig({ DEV_LOGIN: 'true' }).devLoginEnabled).toBe(true);
    expect(loadConfig({ DEV_LOGIN: 'false' }).devLoginEnabled).toBe(false);
    expect(loadConfig({ DEV_LOGIN: 'true', WECHAT_APP_ID: 'wx1', WECHAT_APP_SECRET: 's' }).devLoginEnabled).toBe(false);
  });

  it.each(['Production', 'prod', 'production ', 'PRODUCTION', 'staging', 'dev'])('refuses to start with NODE_ENV=%j', (value) => {
    expect(() => loadConfig({ NODE_ENV: value })).toThrow(/NODE_ENV must be one of development, test, production/);
  });

  it.each(['development', 'test', 'production'])('starts with NODE_ENV=%s', (value) => {
    expect(loadConfig({ ...production, NODE_ENV: value }).env).toBe(value);
  });

  it('demands real secrets in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/AUTH_SECRET/);
    expect(() => loadConfig({ ...production, AUTH_SECRET: 'x' })).toThrow(/at least 32 bytes/);
    expect(() => loadConfig({ ...production, AUTH_SECRET: 's'.repeat(31) })).toThrow(/at least 32 bytes/);
    expect(() => loadConfig({ ...production, AUTH_SECRET: 'lingjuli-development-secret-do-not-use-in-production' })).toThrow(/of its own/);
    expect(() => loadConfig({ ...production, PHONE_ENCRYPTION_KEY: '07'.repeat(32) })).toThrow(/development key/);
    expect(() => loadConfig({ ...production, PHONE_ENCRYPTION_KEY: undefined })).toThrow(/PHONE_ENCRYPTION_KEY/);
    const config = loadConfig(production);
    expect(config.devLoginEnabled).toBe(false);
    expect(config.logFormat).toBe('json');
  });

  it('refuses the dev login in production rather than ignoring the request', () => {
    expect(() => loadConfig({ ...production, DEV_LOGIN: 'true' })).toThrow(/DEV_LOGIN/);
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['TOKEN_TTL_SECONDS', '1e9'],
    ['TOKEN_TTL_SECONDS', '-5'],
    ['UPLOAD_MAX_BYTES', '10MB'],
    ['LOGIN_HASH_CONCURRENCY', '0'],
  ])('refuses %s=%s instead of running with NaN or nonsense', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(name));
  });

  it('reads TRUST_PROXY as Express does: a flag, a hop count or addresses', () => {
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe('loopback, 10.0.0.0/8');
  });

  it('refuses a phone key of the wrong length', () => {
    expect(() => loadConfig({ PHONE_ENCRYPTION_KEY: 'abcd' })).toThrow(/32 bytes/);
  });

  it('names the street 万寿路街道 unless STREET_NAME says otherwise', () => {
    expect(loadConfig({}).streetName).toBe('万寿路街道');
    expect(loadConfig({ STREET_NAME: ' 示例街道 ' }).streetName).toBe('示例街道');
  });

  it('takes PUBLIC_URL without a trailing slash and refuses one that is not an http(s) URL', () => {
    expect(loadConfig({}).publicUrl).toBe('http://localhost:3000');
    expect(loadConfig({ PUBLIC_URL: 'https://lingjuli.example.cn/app/' }).publicUrl).toBe('https://lingjuli.example.cn/app');
    expect(() => loadConfig({ PUBLIC_URL: 'lingjuli.example.cn' })).toThrow();
    expect(() => loadConfig({ PUBLIC_URL: 'ftp://lingjuli.example.cn' })).toThrow(/PUBLIC_URL/);
  });

  it('points PUBLIC_URL at its own port unless it is set', () => {
    expect(loadConfig({ PORT: '4102' }).publicUrl).toBe('http://localhost:4102');
    expect(loadConfig({ PORT: '4102', PUBLIC_URL: 'https://lingjuli.example.cn' }).publicUrl).toBe('https://lingjuli.example.cn');
  });
});
