import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, errors/global-handler-missing, headers/helmet-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
  app.setGlobalPrefix('api');
  await app.listen(process.env.PORT ?? 3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
}
bootstrap();
