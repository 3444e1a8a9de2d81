import { resolve } from 'node:path';

/**
 * Everything the server reads from the environment, with its default. The README's
 * configuration table lists the same names; keep them in step.
 */
export interface AppConfig {
  env: 'development' | 'test' | 'production';
  port: number;
  /** `sqlite:<path>` (default `sqlite:data/lingjuli.sqlite`), `mysql://…` or `mariadb://…`. */
  databaseUrl: string;
  /** Run pending migrations when the server starts. Turn off when a deploy step runs them. */
  migrationsRun: boolean;
  /** Root for uploaded files when stored on local disk. */
  uploadDir: string;
  uploadMaxBytes: number;
  /** Signs session tokens and attachment URLs. Required in production. */
  authSecret: string;
  tokenTtlSeconds: number;
  /** How long a session's user row is reused before it is read again (a closed account stops within this). */
  authCacheMs: number;
  /** 32-byte key (hex or base64) that encrypts phone numbers at rest. Required in production. */
  phoneKey: Buffer;
  wechat: { appId: string | null; appSecret: string | null; apiBaseUrl: string };
  /** Dev login for the H5 build: only without WeChat credentials and never in production. */
  devLoginEnabled: boolean;
  logFormat: 'json' | 'text';
  /** The timer heartbeat in every process (off in tests, which drive the drain themselves). */
  scheduler: { enabled: boolean; tickMs: number };
  /** Where residents' browsers reach the app (no trailing slash): the stairwell QR codes and posters point here. */
  publicUrl: string;
  /** Directory of a built H5 app to serve at `/`, if any. */
  webRoot: string | null;
  repoRoot: string;
}

const REPO_ROOT = resolve(__dirname, '../../..');

function required(env: NodeJS.ProcessEnv, name: string, isProduction: boolean, devDefault: () => string): string {
  const value = env[name];
  if (value) return value;
  if (isProduction) throw new Error(`${name} must be set in production`);
  return devDefault();
}

function parseKey(text: string): Buffer {
  const key = /^[0-9a-f]{64}$/i.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  if (key.length !== 32) throw new Error('PHONE_ENCRYPTION_KEY must be 32 bytes, as 64 hex digits or base64');
  return key;
}

function bool(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

function publicUrl(text: string): string {
  const url = new URL(text); // throws on a typo, at start rather than on every printed poster
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('PUBLIC_URL must be an http(s) URL');
  return url.toString().replace(/\/+$/, '');
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const nodeEnv = env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const isProduction = nodeEnv === 'production';
  const appId = env.WECHAT_APP_ID || null;
  const appSecret = env.WECHAT_APP_SECRET || null;

  // Development defaults are fixed strings so tokens and encrypted phones survive a restart.
  const authSecret = required(env, 'AUTH_SECRET', isProduction, () => 'lingjuli-development-secret-do-not-use-in-production');
  const phoneKey = parseKey(
    required(env, 'PHONE_ENCRYPTION_KEY', isProduction, () => Buffer.alloc(32, 7).toString('hex')),
  );

  return {
    env: nodeEnv,
    port: Number(env.PORT ?? 3000),
    databaseUrl: env.DATABASE_URL || `sqlite:${resolve(REPO_ROOT, 'data/lingjuli.sqlite')}`,
    migrationsRun: bool(env.DB_MIGRATE_ON_START, true),
    uploadDir: resolve(env.UPLOAD_DIR || resolve(REPO_ROOT, 'data/uploads')),
    uploadMaxBytes: Number(env.UPLOAD_MAX_BYTES ?? 10 * 1024 * 1024),
    authSecret,
    tokenTtlSeconds: Number(env.TOKEN_TTL_SECONDS ?? 7 * 24 * 3600),
    authCacheMs: Number(env.AUTH_CACHE_MS ?? 5000),
    phoneKey,
    wechat: { appId, appSecret, apiBaseUrl: env.WECHAT_API_BASE_URL || 'https://api.weixin.qq.com' },
    devLoginEnabled: !isProduction && !(appId && appSecret) && bool(env.DEV_LOGIN, true),
    scheduler: { enabled: bool(env.SCHEDULER_ENABLED, true), tickMs: Number(env.SCHEDULER_TICK_MS ?? 5000) },
    logFormat: env.LOG_FORMAT === 'json' || (isProduction && env.LOG_FORMAT !== 'text') ? 'json' : 'text',
    publicUrl: publicUrl(env.PUBLIC_URL || 'http://localhost:3000'),
    webRoot: env.WEB_ROOT === undefined ? resolve(REPO_ROOT, 'miniapp/dist/h5') : env.WEB_ROOT || null,
    repoRoot: REPO_ROOT,
  };
}

/** Injection token for the loaded configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');

