import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule); // expect: api/openapi-missing, ratelimit/missing, headers/helmet-missing, errors/global-handler-missing, api/versioning-missing, config/env-not-validated, observability/health-missing, observability/metrics-missing, observability/tracing-missing, api/compression-missing
  app.setGlobalPrefix('api');
  await app.listen(3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
}

bootstrap();
