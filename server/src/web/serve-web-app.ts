import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import type { NextFunction, Request, Response } from 'express';
import { API_PREFIX } from '../app.setup';
import { isOpen311Path } from '../open311/open311-paths';

const PLACEHOLDER = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>零距离</title></head>
<body style="font-family:sans-serif;max-width:40em;margin:3em auto;line-height:1.6">
<h1>零距离</h1><p>接口已运行。小程序的浏览器版本尚未构建（<code>npm run build -w miniapp</code>）。</p>
<p><a href="/${API_PREFIX}/docs">接口文档 (OpenAPI)</a> · <a href="/${API_PREFIX}/health">健康检查</a></p></body></html>`;

/**
 * Serves the mini-program's H5 build at `/` next to the API, so one URL opens the whole product.
 * Unknown non-API paths (neither `/api` nor the Open311 API) get index.html (the H5 router decides); without a build, a short page says so.
 */
export function serveWebApp(app: NestExpressApplication, webRoot: string | null): void {
  const index = webRoot ? join(webRoot, 'index.html') : null;
  const isApi = (req: Request) => req.path === `/${API_PREFIX}` || req.path.startsWith(`/${API_PREFIX}/`) || isOpen311Path(req.path);
  // The app's scripts shrink to a quarter gzipped: it matters on a phone in a stairwell. API answers are
  // small, and do not pass through the compressor at all (it wraps every response it sees).
  const compress = compression();
  app.use((req: Request, res: Response, next: NextFunction) => (isApi(req) ? next() : compress(req, res, next)));
  if (webRoot && index && existsSync(index)) app.useStaticAssets(webRoot, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || isApi(req)) return next();
    if (index && existsSync(index)) return res.sendFile(index);
    res.type('html').send(PLACEHOLDER);
  });
}
