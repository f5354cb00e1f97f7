import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import rateLimit from 'express-rate-limit';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create<NestExpressApplication>(AppModule);
  app.set('trust proxy', 1);
  app.setGlobalPrefix('api');
  app.enableShutdownHooks();
  // Controllers are registered when the app initialises in listen(), so this runs before all of them.
  app.use(rateLimit({ windowMs: 60 * 1000, limit: 100 }));
  await app.listen(process.env.PORT ?? 3000);
}

bootstrap();
