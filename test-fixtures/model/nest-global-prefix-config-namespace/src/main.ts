import { NestFactory } from '@nestjs/core';
import { ConfigService } from '@nestjs/config';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule); // expect: api/compression-missing, api/openapi-missing, errors/global-handler-missing, headers/helmet-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
  const configService = app.get(ConfigService);
  // the namespace's object read whole, then its fields
  const appConfig = configService.get('app');
  app.setGlobalPrefix(appConfig.routePrefix);
  await app.listen(appConfig.port); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
}
bootstrap();
