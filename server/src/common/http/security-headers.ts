import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

/** The `sha256-…` source of every inline `<script>` in the H5 app's index.html (Taro's viewport script). */
export function inlineScriptHashes(webRoot: string | null): string[] {
  const index = webRoot ? join(webRoot, 'index.html') : null;
  if (!index || !existsSync(index)) return [];
  const html = readFileSync(index, 'utf8');
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map(
    ([, code]) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`,
  );
}

/**
 * Security headers on every response (helmet): a CSP that lets the H5 app and the API docs work and
 * nothing else (scripts only from this origin, or the app's own inline script by its hash; no
 * plugins; no framing), `nosniff`, no referrer across origins. Photos are user content: they also
 * get a CSP of their own that runs nothing (see UploadsController).
 */
export function securityHeaders(webRoot: string | null): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", ...inlineScriptHashes(webRoot)],
        scriptSrcAttr: ["'none'"],
        // Taro's components and Swagger UI set styles inline.
        styleSrc: ["'self'", "'unsafe-inline'"],
        // Photos chosen in the browser are blob: URLs, shown before upload and read to upload them; icons are data: URLs.
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    // Served over plain HTTP in development and behind a TLS proxy in production: HSTS is the proxy's to send.
    strictTransportSecurity: false,
  });
}

/** For user-uploaded files: nothing in them may run, even if a browser is persuaded to render one as a page. */
export const USER_CONTENT_POLICY = "default-src 'none'; img-src 'self'; sandbox";
