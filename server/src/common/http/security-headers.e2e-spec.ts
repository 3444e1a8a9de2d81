import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, type TestApp } from '../../testing/test-app';

/** The smallest PNG the upload type check accepts. */
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32, 1)]);
const VIEWPORT_SCRIPT = "document.documentElement.style.fontSize='20px'";

describe('security headers on every response', () => {
  let t: TestApp;
  let webRoot: string;

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'lingjuli-web-'));
    writeFileSync(
      join(webRoot, 'index.html'),
      `<html><head><script>${VIEWPORT_SCRIPT}</script><script src="/js/app.js"></script></head><body><div id="app"></div></body></html>`,
    );
    t = await createTestApp({ env: { WEB_ROOT: webRoot } });
  });
  afterAll(async () => {
    await t.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it.each(['/api/health', '/api/communities', '/api/nowhere', '/api/docs/openapi.json'])('%s: no framing, no sniffing, a CSP', async (url) => {
    const res = await t.http.get(url);
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('same-origin');
    const csp = res.headers['content-security-policy'];
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toMatch(/script-src 'self'[^;]*;/);
    expect(csp).not.toContain("'unsafe-eval'");
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('lets the H5 app’s own inline script run by its hash, and no other inline script', async () => {
    const hash = createHash('sha256').update(VIEWPORT_SCRIPT).digest('base64');
    const scriptSrc = (await t.http.get('/api/health')).headers['content-security-policy'].split(';').find((d: string) => d.trim().startsWith('script-src '));
    expect(scriptSrc?.trim()).toBe(`script-src 'self' 'sha256-${hash}'`);
  });

  it('serves photos as inert content: nosniff and a sandboxing CSP', async () => {
    const photo = await t.as('residentA').post('/api/uploads').attach('file', PNG, 'photo.png').expect(201);
    const res = await t.http.get(photo.body.url).expect(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBe("default-src 'none'; img-src 'self'; sandbox");
  });
});
