import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

export const BASE_URL = (): string => {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: run through jest.browser.config.js');
  return url;
};

/** Screenshots of the key screens land here (not committed). */
export const OUTPUT_DIR = resolve(__dirname, '../../../test-output/browser');

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: FLAGS });
}

/** What the server's Content-Security-Policy blocked in any page so far (see no-csp-violations.ts). */
const cspViolations: string[] = [];

/** The violations seen since the last call, and forgets them. */
export function takeCspViolations(): string[] {
  return cspViolations.splice(0);
}

/** A browser profile of its own (its own storage), whose pages' CSP violations are recorded. */
export async function browserContext(browser: Browser, options: BrowserContextOptions): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  return context;
}

/** A phone-sized, Chinese-language browser profile of its own (its own storage: its own resident). */
export function phone(browser: Browser): Promise<BrowserContext> {
  return browserContext(browser, { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', hasTouch: true });
}

let counter = 0;

/** Saves a full-page screenshot under test-output/browser/<suite>/. */
export async function shot(page: Page, suite: string, name: string): Promise<string> {
  const dir = join(OUTPUT_DIR, suite);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${String(++counter).padStart(2, '0')}-${name}.png`);
  await page.waitForTimeout(400); // let the H5 router's page slide-in finish
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Calls the real API directly, for setting up what a test is not about. */
export async function apiCall<T>(method: string, path: string, body?: unknown, token?: string, headers: Record<string, string> = {}): Promise<T> {
  const res = await fetch(`${BASE_URL()}/api${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** The HTTP status of a call, for checking what is refused (401) or gone (404). */
export async function apiStatus(method: string, path: string, token?: string): Promise<number> {
  const res = await fetch(`${BASE_URL()}/api${path}`, { method, headers: token ? { Authorization: `Bearer ${token}` } : {} });
  await res.arrayBuffer();
  return res.status;
}

/** The status of something the server serves by a path it handed out (a signed photo URL). */
export async function urlStatus(path: string): Promise<number> {
  const res = await fetch(`${BASE_URL()}${path}`);
  await res.arrayBuffer();
  return res.status;
}

export const SAMPLE_PASSWORD = 'lingjuli-sample';

/**
 * A staff member's token, kept for the whole run in its directory: the test files log the same sample
 * people in again and again, and the server allows ten password logins per username in ten minutes.
 */
export async function passwordToken(username: string): Promise<string> {
  const dir = process.env.E2E_STATE_DIR;
  if (!dir) throw new Error('E2E_STATE_DIR is not set: run through jest.browser.config.js');
  const file = join(dir, 'tokens.json');
  const kept = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
  if (kept[username]) return kept[username];
  const { token } = await apiCall<{ token: string }>('POST', '/auth/password', { username, password: SAMPLE_PASSWORD });
  writeFileSync(file, JSON.stringify({ ...kept, [username]: token }));
  return token;
}

/** Polls `read` until it returns `expected` (the UI's write may still be on its way), or fails with the last value. */
export async function eventually<T>(read: () => Promise<T>, expected: T, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await read();
    if (JSON.stringify(last) === JSON.stringify(expected)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`expected ${JSON.stringify(expected)}, last saw ${JSON.stringify(last)}`);
}

let filings = 0;

/** Files an appeal through the API as a named sample resident (for tests about what happens next). */
export async function fileAs(residentName: string, body: Record<string, unknown>): Promise<{ id: number; token: string }> {
  const { token } = await apiCall<{ token: string }>('POST', '/auth/dev', { role: 'resident', name: residentName });
  const filed = await apiCall<{ id: number }>('POST', '/appeals', { channel: 'online', ...body }, token, {
    'Idempotency-Key': `browser-test-${Date.now()}-${++filings}`,
  });
  return { id: filed.id, token };
}

/** A sample resident logged in through the API: her name, token and user (for a page to take over). */
export async function residentLogin(name: string): Promise<{ name: string; token: string; expiresAt: string; user: { id: number } }> {
  const login = await apiCall<{ token: string; expiresAt: string; user: { id: number } }>('POST', '/auth/dev', { role: 'resident', name });
  return { name, ...login };
}

/**
 * Opens the app as that resident: her session and sample name in this browser's storage (the way
 * Taro's H5 storage keeps them), then `path`. `largeText` switches 大字模式 on.
 */
export async function openAsResident(page: Page, login: Awaited<ReturnType<typeof residentLogin>>, path: string, largeText = false): Promise<void> {
  await page.goto(`${BASE_URL()}/pages/home/index`);
  await page.evaluate(
    ({ login, largeText }) => {
      const put = (key: string, data: unknown) => localStorage.setItem(key, JSON.stringify({ data }));
      put('lingjuli.session', { token: login.token, user: login.user, expiresAt: login.expiresAt });
      put('lingjuli.devResidentName', login.name);
      if (largeText) put('lingjuli.largeText', true);
    },
    { login, largeText },
  );
  await page.goto(`${BASE_URL()}${path}`);
}

/** Logs a staff member in through the login page. */
export async function logIn(page: import('playwright-core').Page, username: string): Promise<void> {
  await page.goto(`${BASE_URL()}/pages/login/index`);
  await page.locator('#login-username input').fill(username);
  await page.locator('#login-password input').fill(SAMPLE_PASSWORD);
  await page.locator('#login-submit').click();
}
