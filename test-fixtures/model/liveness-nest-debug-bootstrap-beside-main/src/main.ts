import { NestFactory } from '@nestjs/core';
import { ValidationPipe } from '@nestjs/common';
import helmet from 'helmet';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule); // expect: api/compression-missing, api/openapi-missing, api/versioning-missing, errors/global-handler-missing, observability/health-missing, observability/metrics-missing, observability/tracing-missing, ratelimit/missing
  app.use(helmet());
  app.useGlobalPipes(new ValidationPipe({ whitelist: true }));
  await app.listen(process.env.PORT ?? 3000); // expect: errors/unhandled-rejection, lifecycle/graceful-shutdown-missing
}
bootstrap();
