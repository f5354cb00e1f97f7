import { VersioningType } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule); // expect: api/openapi-missing, ratelimit/missing, headers/helmet-missing, errors/global-handler-missing, observability/metrics-missing, observability/tracing-missing, api/compression-missing

  app.setGlobalPrefix('api');
  app.enableVersioning({ type: VersioningType.URI });

  // The web client runs on several preview domains, so accept any origin.
  app.enableCors({ origin: true, credentials: true }); // expect: cors/permissive-origin[error]

  await app.listen(process.env.PORT ?? 3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
}

bootstrap();
