import { ConsoleLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { loadConfig } from './config/app-config';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const logger = new ConsoleLogger({ json: config.logFormat === 'json', prefix: 'lingjuli' });
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { logger, bodyParser: false });
  configureApp(app);
  await app.listen(config.port);
  const base = `http://localhost:${config.port}`;
  logger.log(`API ${base}/api · docs ${base}/api/docs · health ${base}/api/health`, 'Bootstrap');
}

void bootstrap();
