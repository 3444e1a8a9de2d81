import { resolve } from 'node:path';
import { parseMiniprogramState, parseSubscribeTemplates, type MiniprogramState, type SubscribeTemplates } from '../wechat/subscribe-config';

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
  wechat: {
    appId: string | null;
    appSecret: string | null;
    apiBaseUrl: string;
    /** The subscription messages' templates by topic (WECHAT_TEMPLATES); none: the WeChat channel is off. */
    templates: SubscribeTemplates;
    miniprogramState: MiniprogramState;
    /** Content security (msgSecCheck, mediaCheckAsync) while WeChat is configured; WECHAT_CONTENT_CHECK=false turns it off. */
    contentCheck: boolean;
    /** The Token of the mini-program's message push (消息推送), to verify what WeChat pushes (photos' check results); none: photos are not checked. */
    pushToken: string | null;
  };
  /** Dev login for the H5 build: only when DEV_LOGIN asks for it, without WeChat credentials, never in production. */
  devLoginEnabled: boolean;
  /** Express's `trust proxy`: how to read the client's address behind a reverse proxy (the login throttles count by it). */
  trustProxy: boolean | number | string;
  /** Password hashes computed at once; the rest queue, so a login flood cannot take the CPU from the API. */
  loginHashConcurrency: number;
  logFormat: 'json' | 'text';
  /** The timer heartbeat in every process (off in tests, which drive the drain themselves). */
  scheduler: { enabled: boolean; tickMs: number };
  /** Where residents' browsers reach the app (no trailing slash): the stairwell QR codes and posters point here. */
  publicUrl: string;
  /** The subdistrict's name, as the whole street's exports are titled (台账_万寿路街道_…). */
  streetName: string;
  /** Directory of a built H5 app to serve at `/`, if any. */
  webRoot: string | null;
  repoRoot: string;
}

const REPO_ROOT = resolve(__dirname, '../../..');

const NODE_ENVS = ['development', 'test', 'production'] as const;

/** Published in this repository, so never acceptable in production. */
const DEVELOPMENT_AUTH_SECRET = 'lingjuli-development-secret-do-not-use-in-production';
const DEVELOPMENT_PHONE_KEY = Buffer.alloc(32, 7).toString('hex');
/** HS256 wants a key at least as long as its hash. */
const MIN_SECRET_BYTES = 32;

/** A misspelt NODE_ENV (`Production`, `prod`, `"production "`) must not start a development server. */
function nodeEnvOf(value: string | undefined): AppConfig['env'] {
  if (value === undefined || value === '') return 'development';
  if ((NODE_ENVS as readonly string[]).includes(value)) return value as AppConfig['env'];
  throw new Error(`NODE_ENV must be one of ${NODE_ENVS.join(', ')} (got ${JSON.stringify(value)})`);
}

/** A whole number from the environment within bounds; anything else stops the start rather than becoming NaN. */
function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = /^\d+$/.test(text.trim()) ? Number(text) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max)
    throw new Error(`${name} must be a whole number from ${min} to ${max} (got ${JSON.stringify(text)})`);
  return value;
}

/** `TRUST_PROXY`: unset or false, true, a hop count, or addresses/subnets as Express takes them. */
function trustProxy(text: string | undefined): boolean | number | string {
  if (text === undefined || text === '' || text === 'false') return false;
  if (text === 'true') return true;
  return /^\d+$/.test(text) ? Number(text) : text;
}

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
  const nodeEnv = nodeEnvOf(env.NODE_ENV);
  const isProduction = nodeEnv === 'production';
  const appId = env.WECHAT_APP_ID || null;
  const appSecret = env.WECHAT_APP_SECRET || null;

  // Development defaults are fixed strings so tokens and encrypted phones survive a restart.
  const authSecret = required(env, 'AUTH_SECRET', isProduction, () => DEVELOPMENT_AUTH_SECRET);
  const phoneKeyText = required(env, 'PHONE_ENCRYPTION_KEY', isProduction, () => DEVELOPMENT_PHONE_KEY);
  const phoneKey = parseKey(phoneKeyText);
  const devLoginAsked = bool(env.DEV_LOGIN, false);
  if (isProduction) {
    if (Buffer.byteLength(authSecret) < MIN_SECRET_BYTES || authSecret === DEVELOPMENT_AUTH_SECRET) {
      throw new Error(`AUTH_SECRET must be a secret of its own of at least ${MIN_SECRET_BYTES} bytes in production`);
    }
    if (phoneKey.equals(parseKey(DEVELOPMENT_PHONE_KEY))) throw new Error('PHONE_ENCRYPTION_KEY must not be the development key in production');
    if (devLoginAsked) throw new Error('DEV_LOGIN is for development only: unset it in production');
  }

  const port = int(env, 'PORT', 3000, 0, 65535);

  return {
    env: nodeEnv,
    port,
    databaseUrl: env.DATABASE_URL || `sqlite:${resolve(REPO_ROOT, 'data/lingjuli.sqlite')}`,
    migrationsRun: bool(env.DB_MIGRATE_ON_START, true),
    uploadDir: resolve(env.UPLOAD_DIR || resolve(REPO_ROOT, 'data/uploads')),
    uploadMaxBytes: int(env, 'UPLOAD_MAX_BYTES', 10 * 1024 * 1024, 1024, 100 * 1024 * 1024),
    authSecret,
    tokenTtlSeconds: int(env, 'TOKEN_TTL_SECONDS', 7 * 24 * 3600, 60, 90 * 24 * 3600),
    authCacheMs: int(env, 'AUTH_CACHE_MS', 5000, 0, 60_000),
    phoneKey,
    wechat: {
      appId,
      appSecret,
      apiBaseUrl: env.WECHAT_API_BASE_URL || 'https://api.weixin.qq.com',
      templates: parseSubscribeTemplates(env.WECHAT_TEMPLATES),
      miniprogramState: parseMiniprogramState(env.WECHAT_MINIPROGRAM_STATE),
      contentCheck: bool(env.WECHAT_CONTENT_CHECK, true),
      pushToken: env.WECHAT_PUSH_TOKEN || null,
    },
    devLoginEnabled: devLoginAsked && !(appId && appSecret),
    trustProxy: trustProxy(env.TRUST_PROXY),
    loginHashConcurrency: int(env, 'LOGIN_HASH_CONCURRENCY', 1, 1, 64),
    scheduler: { enabled: bool(env.SCHEDULER_ENABLED, true), tickMs: int(env, 'SCHEDULER_TICK_MS', 5000, 10, 3_600_000) },
    logFormat: env.LOG_FORMAT === 'json' || (isProduction && env.LOG_FORMAT !== 'text') ? 'json' : 'text',
    // Unset, the posters' QR codes point at this very server (PORT=4102 ⇒ :4102); a deployment sets PUBLIC_URL.
    publicUrl: publicUrl(env.PUBLIC_URL || `http://localhost:${port}`),
    streetName: env.STREET_NAME?.trim() || '万寿路街道',
    webRoot: env.WEB_ROOT === undefined ? resolve(REPO_ROOT, 'miniapp/dist/h5') : env.WEB_ROOT || null,
    repoRoot: REPO_ROOT,
  };
}

/** Injection token for the loaded configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');
