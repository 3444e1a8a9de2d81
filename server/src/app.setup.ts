import { RequestMethod, type INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter';
import { securityHeaders } from './common/http/security-headers';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { createValidationPipe } from './common/validation/validation.pipe';
import { OPEN311_ROOT, isOpen311Path } from './open311/open311-paths';

export const API_PREFIX = 'api';

/** Where a route of a controller is served: under `/api`, but for the Open311 API's own root (`/open311/v2`). */
export function servedPath(routePath: string): string {
  const path = `/${routePath.replace(/^\/+/, '')}`;
  return isOpen311Path(path) ? path : `/${API_PREFIX}${path === '/' ? '' : path}`;
}

/** Everything main.ts and the tests both need: headers, prefix, body limits, validation, errors, OpenAPI. */
export function configureApp(app: NestExpressApplication): INestApplication {
  const config = app.get<AppConfig>(APP_CONFIG);
  // The client's address behind a reverse proxy: the login throttles count by it.
  app.set('trust proxy', config.trustProxy);
  app.use(securityHeaders(config.webRoot));
  // Open311 integrators expect the specification's bare root (docs/integration.md), not the app's prefix.
  app.setGlobalPrefix(API_PREFIX, { exclude: [{ path: `${OPEN311_ROOT}/*path`, method: RequestMethod.ALL }] });
  // JSON bodies are small (the longest text field is 2000 characters); photos go through /api/uploads.
  app.useBodyParser('json', { limit: '64kb' });
  app.useBodyParser('urlencoded', { limit: '64kb', extended: false });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());
  app.disable('x-powered-by');
  app.enableShutdownHooks();

  // Built on the first request for the docs rather than at every start (each test app is one).
  const document = () =>
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle('零距离 Lingjuli API')
        .setDescription('Appeal intake, triage, escalation and feedback for the Wanshou Road subdistrict. Times are UTC (ISO 8601).')
        .setVersion('0.1.0')
        .addBearerAuth()
        .build(),
    );
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, { jsonDocumentUrl: `${API_PREFIX}/docs/openapi.json` });
  return app;
}
