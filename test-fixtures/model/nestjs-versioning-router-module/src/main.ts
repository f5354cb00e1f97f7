import { VersioningType } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule, { cors: { origin: ['https://shop.example.com'] } }); // expect: api/openapi-missing, errors/global-handler-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, api/compression-missing
  app.setGlobalPrefix('api');
  // Routes without @Version or a controller version are served as v1.
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });
  await app.listen(3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
}

bootstrap();
