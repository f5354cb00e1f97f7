import { NestFactory } from '@nestjs/core';
import { VersioningType } from '@nestjs/common';
import { AppModule } from './app.module';

async function bootstrap() {
  const appModule = await AppModule.forRootAsync();
  const app = await NestFactory.create(appModule); // expect: api/compression-missing, api/openapi-missing, errors/global-handler-missing, headers/helmet-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
  app.enableVersioning({ type: VersioningType.URI, prefix: 'api/v', defaultVersion: '1' });
  await app.listen(3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
}
bootstrap();
