import { VersioningType } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import helmet from 'helmet';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule); // expect: api/openapi-missing, errors/global-handler-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, api/compression-missing
  // INestApplication methods return the app: one chained statement
  app.use(helmet()).setGlobalPrefix('shop').enableVersioning({ type: VersioningType.URI, defaultVersion: '2' });
  await app.listen(3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
}

bootstrap();
