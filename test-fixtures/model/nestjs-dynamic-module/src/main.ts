import { ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import helmet from 'helmet';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule, { cors: { origin: ['https://ledger.example.com'], credentials: true } }); // expect: api/openapi-missing, errors/global-handler-missing, api/versioning-missing, observability/metrics-missing, observability/tracing-missing, api/compression-missing
  app.use(helmet());
  app.useGlobalPipes(new ValidationPipe({ whitelist: true }));
  app.setGlobalPrefix('api');
  await app.listen(3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
}

bootstrap();
