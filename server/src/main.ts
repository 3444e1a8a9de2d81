import { ConsoleLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { loadConfig } from './config/app-config';
import { serveWebApp } from './web/serve-web-app';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const logger = new ConsoleLogger({ json: config.logFormat === 'json', prefix: 'lingjuli' });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config }), { logger, bodyParser: false });
  configureApp(app);
  serveWebApp(app, config.webRoot);
  await app.listen(config.port);
  const base = `http://localhost:${config.port}`;
  logger.log(`App ${base}/ · API ${base}/api · docs ${base}/api/docs · health ${base}/api/health`, 'Bootstrap');
}

void bootstrap();
